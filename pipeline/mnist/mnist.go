package mnist

//go:generate go run ./internal/gen -out ../fixtures/mnist

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/opml-dev/opml/pipeline/graph"
)

// Image geometry and classes.
const (
	Rows      = 28
	Cols      = 28
	ImageSize = Rows * Cols // bytes per image, row-major
	Classes   = 10
)

// IDX magic numbers: two zero bytes, type 0x08 (unsigned byte), number of
// dimensions.
const (
	LabelsMagic = 0x00000801
	ImagesMagic = 0x00000803
)

// File names of the committed fixture sets in fixtures/mnist (the standard
// MNIST names, gzip-compressed).
const (
	TrainImagesFile = "train-images-idx3-ubyte.gz"
	TrainLabelsFile = "train-labels-idx1-ubyte.gz"
	TestImagesFile  = "t10k-images-idx3-ubyte.gz"
	TestLabelsFile  = "t10k-labels-idx1-ubyte.gz"
)

// Set is a labelled set of digits: Images[i] (ImageSize bytes, row-major
// 28×28, 0 = background .. 255 = ink) shows the digit Labels[i] (0..9).
type Set struct {
	Images [][]byte
	Labels []byte
}

// Len is the number of digits.
func (s *Set) Len() int { return len(s.Labels) }

// Validate checks that every image has ImageSize bytes, every label is a
// digit and there are as many images as labels.
func (s *Set) Validate() error {
	if len(s.Images) != len(s.Labels) {
		return fmt.Errorf("mnist: %d images but %d labels", len(s.Images), len(s.Labels))
	}
	for i, img := range s.Images {
		if len(img) != ImageSize {
			return fmt.Errorf("mnist: image %d has %d bytes, want %d", i, len(img), ImageSize)
		}
	}
	for i, l := range s.Labels {
		if l >= Classes {
			return fmt.Errorf("mnist: label %d is %d, not a digit", i, l)
		}
	}
	return nil
}

// Histogram counts the digits of each class.
func (s *Set) Histogram() [Classes]int {
	var h [Classes]int
	for _, l := range s.Labels {
		if l < Classes {
			h[l]++
		}
	}
	return h
}

// DecodeImages reads an IDX image file (magic 0x00000803, n×28×28 bytes),
// raw or gzip-compressed.
func DecodeImages(r io.Reader) ([][]byte, error) {
	var images [][]byte
	err := decode(r, ImagesMagic, func(body io.Reader) error {
		var dims [3]uint32
		if err := binary.Read(body, binary.BigEndian, &dims); err != nil {
			return truncated("image header", err)
		}
		n, rows, cols := dims[0], dims[1], dims[2]
		if rows != Rows || cols != Cols {
			return fmt.Errorf("images are %d×%d, want %d×%d", rows, cols, Rows, Cols)
		}
		// Grow with the data read, not with the claimed count.
		images = make([][]byte, 0, min(n, 1<<12))
		for i := uint32(0); i < n; i++ {
			img := make([]byte, ImageSize)
			if _, err := io.ReadFull(body, img); err != nil {
				return truncated(fmt.Sprintf("image %d of %d", i, n), err)
			}
			images = append(images, img)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return images, nil
}

// DecodeLabels reads an IDX label file (magic 0x00000801, n bytes, each a
// digit 0..9), raw or gzip-compressed.
func DecodeLabels(r io.Reader) ([]byte, error) {
	var labels []byte
	err := decode(r, LabelsMagic, func(body io.Reader) error {
		var n uint32
		if err := binary.Read(body, binary.BigEndian, &n); err != nil {
			return truncated("label header", err)
		}
		labels = make([]byte, 0, min(n, 1<<16))
		buf := make([]byte, 4096)
		for left := n; left > 0; {
			chunk := buf[:min(left, uint32(len(buf)))]
			if _, err := io.ReadFull(body, chunk); err != nil {
				return truncated(fmt.Sprintf("labels (%d of %d read)", n-left, n), err)
			}
			for k, l := range chunk {
				if l >= Classes {
					return fmt.Errorf("label %d is %d, not a digit", len(labels)+k, l)
				}
			}
			labels = append(labels, chunk...)
			left -= uint32(len(chunk))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return labels, nil
}

func truncated(what string, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated %s", what)
	}
	return fmt.Errorf("reading %s: %v", what, err)
}

// decode reads the magic number, lets body read the rest of the IDX
// content, and then requires the end of the input (and of the gzip member,
// which verifies its checksum). Errors get the "mnist: " prefix here.
func decode(r io.Reader, magic uint32, body func(io.Reader) error) error {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if len(head) == 0 {
		if err == nil || err == io.EOF {
			return errors.New("mnist: empty input")
		}
		return fmt.Errorf("mnist: %v", err)
	}
	var in io.Reader = br
	var gz *gzip.Reader
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		if gz, err = gzip.NewReader(br); err != nil {
			return fmt.Errorf("mnist: bad gzip header: %v", err)
		}
		gz.Multistream(false)
		in = gz
	}
	var m uint32
	if err := binary.Read(in, binary.BigEndian, &m); err != nil {
		return fmt.Errorf("mnist: %v", truncated("magic number", err))
	}
	if m != magic {
		return fmt.Errorf("mnist: magic number 0x%08x, want 0x%08x (%s)", m, magic, kind(magic))
	}
	if err := body(in); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	if err := expectEOF(in); err != nil {
		return err
	}
	if gz != nil {
		if err := expectEOF(br); err != nil {
			return fmt.Errorf("%v after the gzip stream", err)
		}
	}
	return nil
}

func kind(magic uint32) string {
	if magic == ImagesMagic {
		return "IDX images"
	}
	return "IDX labels"
}

func expectEOF(r io.Reader) error {
	var b [1]byte
	n, err := io.ReadFull(r, b[:])
	switch {
	case n > 0:
		return errors.New("mnist: trailing data")
	case err == io.EOF:
		return nil
	default:
		return fmt.Errorf("mnist: %v", err)
	}
}

// EncodeImages writes images (each ImageSize bytes) as a raw IDX file.
func EncodeImages(w io.Writer, images [][]byte) error {
	if uint64(len(images)) > 1<<32-1 {
		return errors.New("mnist: too many images for IDX")
	}
	hdr := []uint32{ImagesMagic, uint32(len(images)), Rows, Cols}
	if err := binary.Write(w, binary.BigEndian, hdr); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	for i, img := range images {
		if len(img) != ImageSize {
			return fmt.Errorf("mnist: image %d has %d bytes, want %d", i, len(img), ImageSize)
		}
		if _, err := w.Write(img); err != nil {
			return fmt.Errorf("mnist: %v", err)
		}
	}
	return nil
}

// EncodeLabels writes labels (each 0..9) as a raw IDX file.
func EncodeLabels(w io.Writer, labels []byte) error {
	if uint64(len(labels)) > 1<<32-1 {
		return errors.New("mnist: too many labels for IDX")
	}
	for i, l := range labels {
		if l >= Classes {
			return fmt.Errorf("mnist: label %d is %d, not a digit", i, l)
		}
	}
	if err := binary.Write(w, binary.BigEndian, []uint32{LabelsMagic, uint32(len(labels))}); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	if _, err := w.Write(labels); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	return nil
}

// EncodeGzip compresses b deterministically: best compression, an empty
// gzip header (no name, comment or modification time, OS "unknown").
func EncodeGzip(w io.Writer, b []byte) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	// The zero Header already has no name and mtime 0; set it explicitly
	// so a future default cannot leak the time into the file.
	zw.Header = gzip.Header{OS: 255}
	if _, err := zw.Write(b); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	return nil
}

// Save writes the set as two gzip-compressed IDX files (EncodeGzip).
func (s *Set) Save(imagesPath, labelsPath string) error {
	if err := s.Validate(); err != nil {
		return err
	}
	var raw, gz bytes.Buffer
	if err := EncodeImages(&raw, s.Images); err != nil {
		return err
	}
	if err := EncodeGzip(&gz, raw.Bytes()); err != nil {
		return err
	}
	if err := os.WriteFile(imagesPath, gz.Bytes(), 0o644); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	raw.Reset()
	gz.Reset()
	if err := EncodeLabels(&raw, s.Labels); err != nil {
		return err
	}
	if err := EncodeGzip(&gz, raw.Bytes()); err != nil {
		return err
	}
	if err := os.WriteFile(labelsPath, gz.Bytes(), 0o644); err != nil {
		return fmt.Errorf("mnist: %v", err)
	}
	return nil
}

// Load reads a set from an IDX images file and an IDX labels file (raw or
// gzip-compressed) and checks that their counts match.
func Load(imagesPath, labelsPath string) (*Set, error) {
	images, err := decodeFile(imagesPath, DecodeImages)
	if err != nil {
		return nil, err
	}
	labels, err := decodeFile(labelsPath, DecodeLabels)
	if err != nil {
		return nil, err
	}
	if len(images) != len(labels) {
		return nil, fmt.Errorf("mnist: %s has %d images but %s has %d labels", imagesPath, len(images), labelsPath, len(labels))
	}
	return &Set{Images: images, Labels: labels}, nil
}

func decodeFile[T any](path string, dec func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("mnist: %v", err)
	}
	defer f.Close()
	v, err := dec(f)
	if err != nil {
		// "mnist: <path>: <reason>"
		return zero, fmt.Errorf("mnist: %s: %s", path, strings.TrimPrefix(err.Error(), "mnist: "))
	}
	return v, nil
}

// LoadFixtures reads the committed training and test sets from dir (the
// repository's fixtures/mnist).
func LoadFixtures(dir string) (train, test *Set, err error) {
	if train, err = Load(filepath.Join(dir, TrainImagesFile), filepath.Join(dir, TrainLabelsFile)); err != nil {
		return nil, nil, err
	}
	if test, err = Load(filepath.Join(dir, TestImagesFile), filepath.Join(dir, TestLabelsFile)); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

// Tensor returns image img as a float tensor of the given shape, which
// must have ImageSize elements (e.g. [1, 1, 28, 28] or [1, 784]): element
// k is float32(img[k]) / 255, row-major.
func Tensor(img []byte, shape ...int) (*graph.Tensor, error) {
	if len(img) != ImageSize {
		return nil, fmt.Errorf("mnist: image has %d bytes, want %d", len(img), ImageSize)
	}
	for _, d := range shape {
		if d < 1 || d > ImageSize {
			return nil, fmt.Errorf("mnist: shape %v does not have %d elements", shape, ImageSize)
		}
	}
	if len(shape) == 0 || graph.Numel(shape) != ImageSize {
		return nil, fmt.Errorf("mnist: shape %v does not have %d elements", shape, ImageSize)
	}
	t := graph.NewTensor(shape...)
	for k, p := range img {
		t.Data[k] = float32(p) / 255
	}
	return t, nil
}

// ImageTensor is Tensor(img, 1, 1, 28, 28): the input of a CNN.
func ImageTensor(img []byte) (*graph.Tensor, error) { return Tensor(img, 1, 1, Rows, Cols) }

// FlatTensor is Tensor(img, 1, 784): the input of an MLP.
func FlatTensor(img []byte) (*graph.Tensor, error) { return Tensor(img, 1, ImageSize) }
