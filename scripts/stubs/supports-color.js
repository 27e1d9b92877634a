// chalk's terminal detection (it loads node:tty and node:os at start-up). referat decides colour itself and gives
// chalk an explicit level (src/cli/colour.ts), so the detection is never read: the bundle uses this instead.
export default { stdout: false, stderr: false };
