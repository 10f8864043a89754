// Package imagefile reads images as model inputs: Gray decodes a PNG (or
// any format registered with image/, PNG by default) to grayscale floats in
// [0, 1], row-major, as MNIST-style models expect (docs: `opml run
// --input digit.png`).
//
// Guarantees: pure functions; errors prefixed "imagefile: "; never panics
// on malformed bytes. Safe for concurrent use.
package imagefile
