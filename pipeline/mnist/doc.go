// Package mnist reads and writes MNIST digits in the standard IDX format
// (http://yann.lecun.com/exdb/mnist/, as train-images-idx3-ubyte and
// train-labels-idx1-ubyte, optionally gzip-compressed) and turns an image
// into the float input tensor of a graph.Graph.
//
// The committed fixture sets live in fixtures/mnist (see its README.md):
// 5,000 training and 500 test digits converted once from the MNIST subset
// shipped by the Go module github.com/sjwhitworth/golearn. LoadFixtures
// reads them; `go generate ./pipeline/mnist` regenerates them (it needs the Go
// module proxy, tests never do).
//
// Guarantees:
//
//   - Decoding is strict: the IDX magic number (0x00000801 for labels,
//     0x00000803 for images), the image size (28×28), the count (equal in
//     the images and labels files of one Set), labels in 0..9, an exact file
//     length (no truncation, no trailing bytes) and, for gzip input, the
//     gzip checksum. Any violation is an error prefixed "mnist: "; bad input
//     never panics, and memory grows with the bytes actually read, not with
//     a count claimed in a header.
//   - Decode* and Load accept raw or gzip-compressed IDX, told apart by the
//     first two bytes (gzip starts 1f 8b, IDX starts 00 00).
//   - Encode* write canonical IDX; EncodeGzip writes deterministic gzip
//     (no name, no modification time, fixed compression level), so the
//     same digits and Go toolchain give the same bytes.
//   - Tensor maps pixel p (0..255) to float32(p)/255, the same value on
//     every platform, row-major 28×28 in any shape of 784 elements.
//
// A Set is a plain value: safe for concurrent reads, not for concurrent
// mutation. The package does no logging; it does I/O only in Load and
// LoadFixtures.
package mnist
