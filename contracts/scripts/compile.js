#!/usr/bin/env node
// Compiles the Solidity sources under contracts/src and the consumer kit
// (contracts/kit: src/ and examples/) with the solc version pinned in
// package.json (the npm package `solc`, a WebAssembly build of the official
// compiler) and writes:
//
//   artifacts/<Contract>.json     ABI, creation and runtime bytecode, settings
//                                 (the kit's interfaces and abstract contracts
//                                 too: ABI only, empty bytecode)
//   artifacts/combined.json       production contracts, input to abigen
//   artifacts/combined-test.json  test-only contracts (src/test), input to abigen
//
// The kit's files are compiled under their package's import path
// (@opml-dev/contracts/src/..., kit/package.json's name), the path a dapp
// imports them by; this script resolves it to kit/ as a remapping would.
//
// Usage: node scripts/compile.js            compile every source
//        node scripts/compile.js FILE...    compile only FILE... and their
//                                           imports (fast iteration; writes
//                                           those contracts' artifacts only)
//        node scripts/compile.js --oldest   compile the kit alone with the
//                                           oldest solc it supports (the npm
//                                           alias solc-0.8.20) and the
//                                           settings dapps commonly use;
//                                           writes nothing, fails on any
//                                           warning or ABI difference
//
// The settings below are part of the build: changing any of them changes the
// committed bytecode, and `make check-contracts` fails until the artifacts
// are regenerated.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = path.resolve(__dirname, '..');
const SRC = 'src';
const OUT = path.join(ROOT, 'artifacts');
// The consumer kit: its folder and the import path prefix of its package.
const KIT = 'kit';
const KIT_PKG = require(path.join(ROOT, KIT, 'package.json')).name + '/';
// The oldest solc the kit supports (its pragma, ^0.8.20): package.json's
// devDependency of that name, an npm alias of solc at that version.
const OLDEST = 'solc-0.8.20';

// Pinned compiler settings (docs/protocol.md, "Toolchain").
const SETTINGS = {
  evmVersion: 'cancun',
  viaIR: true,
  optimizer: { enabled: true, runs: 1000 },
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.methodIdentifiers'] },
  },
};

function listSources(dir) {
  const out = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...listSources(p));
    else if (e.name.endsWith('.sol')) out.push(p);
  }
  return out.sort();
}

// The kit's sources under their import path (@opml-dev/contracts/...).
function listKit() {
  return ['src', 'examples'].flatMap((d) => listSources(path.posix.join(KIT, d))).map(unitName);
}

// unitName is the source unit name of a file under contracts/: the kit's
// under its package's import path, the others as they are.
function unitName(file) {
  return file.startsWith(KIT + '/') ? KIT_PKG + file.slice(KIT.length + 1) : file;
}

// filePath is the file under contracts/ of a source unit name (the inverse
// of unitName).
function filePath(unit) {
  return unit.startsWith(KIT_PKG) ? path.posix.join(KIT, unit.slice(KIT_PKG.length)) : unit;
}

function findImports(p) {
  const f = path.join(ROOT, filePath(p));
  const inside = [SRC, KIT].some((d) => f.startsWith(path.join(ROOT, d) + path.sep));
  if (!inside || !fs.existsSync(f)) {
    return { error: `import ${p} not found under ${SRC}/ or ${KIT}/ (as ${KIT_PKG})` };
  }
  return { contents: fs.readFileSync(f, 'utf8') };
}

// compile runs solc on the source units `units` with `settings` and returns
// its output; it exits on an error or a warning.
function compile(solc, units, settings) {
  const sources = {};
  for (const u of units) sources[u] = { content: fs.readFileSync(path.join(ROOT, filePath(u)), 'utf8') };
  const input = { language: 'Solidity', sources, settings };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of output.errors || []) {
    // Warnings fail the build too: the sources must compile cleanly. The one
    // exception is solc's blanket note on tstore (2394), which it prints for
    // every use of transient storage; ours is a reentrancy lock cleared
    // before every return, the use the note itself calls safe.
    if (e.type === 'Warning' && e.errorCode === '2394') continue;
    console.error(e.formattedMessage || e.message);
    if (e.severity === 'error' || e.type === 'Warning') failed = true;
  }
  if (failed) process.exit(1);
  return output;
}

// checkVersion fails unless solc is the version package.json pins under dep
// (an exact version, or an npm alias npm:solc@VERSION).
function checkVersion(solc, dep) {
  const pinned = require(path.join(ROOT, 'package.json')).devDependencies[dep].replace(/^npm:solc@/, '');
  if (!solc.version().startsWith(pinned + '+')) {
    throw new Error(`${dep} ${solc.version()} is not the pinned ${pinned}: run npm ci in contracts/`);
  }
}

// oldest compiles the kit with the oldest supported solc, with the settings
// of a Foundry or Hardhat project left at their defaults (legacy codegen,
// optimizer at 200 runs, the compiler's default EVM version): the pinned
// build covers via-IR. Every kit contract's ABI must be the pinned build's.
function oldest() {
  const solc = require(OLDEST);
  checkVersion(solc, OLDEST);
  const settings = {
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  };
  const units = listKit();
  const output = compile(solc, units, settings);
  for (const u of units) {
    for (const [name, c] of Object.entries(output.contracts[u] || {})) {
      const art = path.join(OUT, name + '.json');
      if (!fs.existsSync(art)) throw new Error(`${u}:${name}: no artifact of the pinned build (run make contracts)`);
      const want = JSON.parse(fs.readFileSync(art, 'utf8')).abi;
      if (JSON.stringify(c.abi) !== JSON.stringify(want)) {
        throw new Error(`${u}:${name}: solc ${solc.version()} gives an ABI other than the pinned build's`);
      }
      console.log(`${u}:${name}: compiles with solc ${solc.version()} (${c.evm.bytecode.object.length / 2} bytes)`);
    }
  }
}

function main() {
  if (process.argv[2] === '--oldest') return oldest();
  checkVersion(solc, 'solc');
  const args = process.argv.slice(2).map((a) => unitName(path.posix.normalize(a.replace(/^contracts\//, ''))));
  const partial = args.length > 0;
  const entries = partial ? args : [...listSources(SRC), ...listKit()];
  const output = compile(solc, entries, SETTINGS);

  if (!partial) fs.rmSync(OUT, { recursive: true, force: true }); // no stale artifacts
  fs.mkdirSync(OUT, { recursive: true });
  const wanted = new Set(entries);
  for (const [file, contracts] of Object.entries(output.contracts || {})) {
    if (!wanted.has(file)) continue;
    for (const [name, c] of Object.entries(contracts)) {
      const bytecode = c.evm.bytecode.object;
      // interfaces and abstract contracts: only the kit's, for their ABI
      if (!bytecode && !file.startsWith(KIT_PKG)) continue;
      const art = {
        _generated: 'Code generated by contracts/scripts/compile.js - DO NOT EDIT.',
        contractName: name,
        sourceName: file,
        compiler: { name: 'solc', version: solc.version(), settings: { ...SETTINGS, outputSelection: undefined } },
        abi: c.abi,
        methodIdentifiers: c.evm.methodIdentifiers,
        bytecode: '0x' + bytecode,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
      };
      fs.writeFileSync(path.join(OUT, name + '.json'), JSON.stringify(art, null, 2) + '\n');
      if (bytecode) console.log(`${file}:${name}: ${c.evm.deployedBytecode.object.length / 2} bytes runtime`);
    }
  }
  writeCombined();
}

// writeCombined assembles abigen's combined-json inputs from every artifact
// on disk: contracts from src/test go to combined-test.json, libraries (no
// ABI) are left out.
function writeCombined() {
  const prod = { contracts: {}, version: solc.version() };
  const test = { contracts: {}, version: solc.version() };
  for (const f of fs.readdirSync(OUT).sort()) {
    if (!f.endsWith('.json') || f.startsWith('combined')) continue;
    const a = JSON.parse(fs.readFileSync(path.join(OUT, f), 'utf8'));
    if (!fs.existsSync(path.join(ROOT, filePath(a.sourceName)))) {
      fs.unlinkSync(path.join(OUT, f)); // source deleted: drop the stale artifact
      continue;
    }
    if (a.abi.length === 0 || a.bytecode === '0x') continue; // libraries; the kit's interfaces
    const into = a.sourceName.startsWith(SRC + '/test/') ? test : prod;
    into.contracts[`${a.sourceName}:${a.contractName}`] = {
      abi: a.abi,
      bin: a.bytecode.slice(2),
      'bin-runtime': a.deployedBytecode.slice(2),
      hashes: a.methodIdentifiers,
    };
  }
  fs.writeFileSync(path.join(OUT, 'combined.json'), JSON.stringify(prod, null, 2) + '\n');
  fs.writeFileSync(path.join(OUT, 'combined-test.json'), JSON.stringify(test, null, 2) + '\n');
}

try {
  main();
} catch (e) {
  console.error(`compile.js: ${e.message}`);
  process.exit(1);
}
