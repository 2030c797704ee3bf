#!/usr/bin/env node
// docs-oracle.js runs the real Node tools that the docs printers imitate, for the
// differential tests of generator/docs/inspect and generator/docs/jsprint.
//
//   node scripts/docs-oracle.js INPUT.json OUTPUT.json
//
// INPUT is a JSON array of cases; OUTPUT receives a JSON array with, for each case,
// {"out": "<text>"} or {"error": "<message>"}. Case shapes:
//
//   {"mode": "inspect", "value": V, "options": {"depth": 24, "breakLength": 80,
//    "compact": 3, "maxArrayLength": 100, "maxStringLength": 10000}}
//       util.inspect(V, options); a negative depth/maxArrayLength/maxStringLength
//       means null (unlimited), compact 0 means false.
//   {"mode": "resource", "type": T, "group": G, "name": N, "properties": V,
//    "dependencies": [{"key": K, "values": [S...], "list": bool}]}
//       prettier.format of the source text GruCloud builds (az-spec-api-gen/AzureDoc.js):
//       properties omitted when absent, dependencies omitted when empty.
//   {"mode": "exports", "value": V}
//       prettier.format("module.exports = " + JSON.stringify(V) + ";").
//
// prettier is loaded from $PRETTIER_DIR, default .tools/node_modules/prettier at the
// repository root (scripts/install-node-tools.sh installs it there).
"use strict";

const fs = require("fs");
const path = require("path");
const util = require("util");

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node docs-oracle.js INPUT.json OUTPUT.json");
  process.exit(2);
}

let prettier;
function loadPrettier() {
  if (!prettier) {
    const dir =
      process.env.PRETTIER_DIR ||
      path.join(__dirname, "..", ".tools", "node_modules", "prettier");
    prettier = require(dir);
  }
  return prettier;
}

function inspectOptions(o = {}) {
  const opts = { depth: 24 };
  for (const key of ["depth", "maxArrayLength", "maxStringLength"]) {
    if (key in o) opts[key] = o[key] < 0 ? null : o[key];
  }
  if ("breakLength" in o) opts.breakLength = o.breakLength;
  if ("compact" in o) opts.compact = o.compact === 0 ? false : o.compact;
  return opts;
}

// resourceSource mirrors prettierMakeResource in GruCloud's AzureDoc.js.
function resourceSource(c) {
  const properties =
    c.properties === undefined
      ? ""
      : `properties: () => (${JSON.stringify(c.properties)}),\n`;
  const deps = (c.dependencies || [])
    .map((d) =>
      d.list
        ? `${d.key}: [${d.values.map((v) => JSON.stringify(v)).join(",")}]`
        : `${d.key}: ${JSON.stringify(d.values[0])}`
    )
    .join(",");
  const dependencies = deps === "" ? "" : `dependencies:({}) => ({${deps}})\n`;
  return `exports.createResources = () => [{ type: ${JSON.stringify(c.type)}, group: ${JSON.stringify(c.group)},
        name: ${JSON.stringify(c.name)},
        ${properties}${dependencies}}]`;
}

function run(c) {
  switch (c.mode) {
    case "inspect":
      return util.inspect(c.value, inspectOptions(c.options));
    case "resource":
      return loadPrettier().format(resourceSource(c), { parser: "babel" });
    case "exports":
      return loadPrettier().format(
        `module.exports = ${JSON.stringify(c.value)};`,
        { parser: "babel" }
      );
    default:
      throw new Error(`unknown mode ${c.mode}`);
  }
}

const cases = JSON.parse(fs.readFileSync(input, "utf8"));
const results = cases.map((c) => {
  try {
    return { out: run(c) };
  } catch (err) {
    return { error: String((err && err.message) || err) };
  }
});
fs.writeFileSync(output, JSON.stringify(results));
