// localhost.cjs is preloaded (node -r) into the AutoRest test server so that it listens on
// 127.0.0.1 only: a listen(port, ...) call without a host gets host 127.0.0.1.
"use strict";
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" && typeof args[1] !== "string") {
    args.splice(1, 0, "127.0.0.1");
  }
  return listen.apply(this, args);
};
