// Package tensorfile reads and writes the input tensor files of the opml
// command-line tool. Two formats exist, and the caller always says which
// one it reads (the opml CLI decides by file extension or --input-format):
// the content never decides, because a raw int8 tensor may begin with '['.
//
//   - JSON (ParseJSON): an array of integers, flat ([1,-2,3]) or nested
//     ([[1,2],[3,4]]). Nested arrays must be rectangular; the values are
//     flattened in row-major order. Every value must be an integer in the
//     int8 range [-128, 127].
//   - Float JSON (ParseFloatJSON): the same arrays of any finite numbers,
//     read as float32, for models whose card quantizes float inputs.
//   - Raw binary (ParseBinary): one int8 per byte, two's complement. The
//     whole file is the tensor; there is no header.
//
// Every error is prefixed "tensorfile: ".
package tensorfile
