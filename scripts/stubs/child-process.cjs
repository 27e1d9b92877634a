// commander requires node:child_process when it loads, only to run executable subcommands, which referat has none
// of. In the bundle it gets this proxy instead, which loads the real module on first use (1.7 ms of every start).
let real;
module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });
