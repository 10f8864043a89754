package mnist

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const fixtureDir = "../../fixtures/mnist"

func randomSet(n int, seed uint64) *Set {
	r := rand.New(rand.NewPCG(seed, 1))
	s := &Set{}
	for i := 0; i < n; i++ {
		img := make([]byte, ImageSize)
		for k := range img {
			img[k] = byte(r.IntN(256))
		}
		s.Images = append(s.Images, img)
		s.Labels = append(s.Labels, byte(r.IntN(Classes)))
	}
	return s
}

func idxImages(t *testing.T, s *Set) []byte {
	var b bytes.Buffer
	require.NoError(t, EncodeImages(&b, s.Images))
	return b.Bytes()
}

func idxLabels(t *testing.T, s *Set) []byte {
	var b bytes.Buffer
	require.NoError(t, EncodeLabels(&b, s.Labels))
	return b.Bytes()
}

func gz(t *testing.T, b []byte) []byte {
	var out bytes.Buffer
	require.NoError(t, EncodeGzip(&out, b))
	return out.Bytes()
}

func TestRoundTrip(t *testing.T) {
	s := randomSet(7, 1)
	rawI, rawL := idxImages(t, s), idxLabels(t, s)
	require.Len(t, rawI, 16+7*ImageSize)
	require.Len(t, rawL, 8+7)
	require.Equal(t, []byte{0, 0, 8, 3, 0, 0, 0, 7, 0, 0, 0, 28, 0, 0, 0, 28}, rawI[:16])
	require.Equal(t, []byte{0, 0, 8, 1, 0, 0, 0, 7}, rawL[:8])

	for name, enc := range map[string]func(*testing.T, []byte) []byte{
		"raw":  func(_ *testing.T, b []byte) []byte { return b },
		"gzip": gz,
	} {
		t.Run(name, func(t *testing.T) {
			imgs, err := DecodeImages(bytes.NewReader(enc(t, rawI)))
			require.NoError(t, err)
			require.Equal(t, s.Images, imgs)
			labels, err := DecodeLabels(bytes.NewReader(enc(t, rawL)))
			require.NoError(t, err)
			require.Equal(t, s.Labels, labels)
		})
	}

	dir := t.TempDir()
	ip, lp := filepath.Join(dir, "i.gz"), filepath.Join(dir, "l.gz")
	require.NoError(t, s.Save(ip, lp))
	back, err := Load(ip, lp)
	require.NoError(t, err)
	require.Equal(t, s, back)

	// An empty set is a valid IDX file.
	empty := &Set{}
	require.NoError(t, empty.Save(ip, lp))
	back, err = Load(ip, lp)
	require.NoError(t, err)
	require.Equal(t, 0, back.Len())
}

func TestGzipDeterministic(t *testing.T) {
	s := randomSet(3, 2)
	raw := idxImages(t, s)
	a, b := gz(t, raw), gz(t, raw)
	require.Equal(t, a, b)
	// Header: magic, deflate, no flags, mtime 0, best compression, OS unknown.
	require.Equal(t, []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff}, a[:10])

	dir := t.TempDir()
	p1, p2 := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	require.NoError(t, s.Save(p1, p2))
	f1, err := os.ReadFile(p1)
	require.NoError(t, err)
	require.Equal(t, a, f1)
}

func be32(vs ...uint32) []byte {
	b := make([]byte, 4*len(vs))
	for i, v := range vs {
		binary.BigEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestDecodeMalformed(t *testing.T) {
	img := make([]byte, ImageSize)
	s := randomSet(2, 3)
	goodI, goodL := idxImages(t, s), idxLabels(t, s)
	gzI := gz(t, goodI)
	badCRC := bytes.Clone(gzI)
	badCRC[len(badCRC)-8] ^= 1 // CRC-32 in the gzip trailer
	badSize := bytes.Clone(gzI)
	badSize[len(badSize)-1] ^= 1 // ISIZE in the gzip trailer

	cases := []struct {
		name   string
		images bool // DecodeImages, else DecodeLabels
		in     []byte
		want   string
	}{
		{"empty images", true, nil, "empty input"},
		{"empty labels", false, nil, "empty input"},
		{"short magic", true, []byte{0, 0}, "truncated magic number"},
		{"labels as images", true, goodL, "magic number 0x00000801, want 0x00000803"},
		{"images as labels", false, goodI, "magic number 0x00000803, want 0x00000801"},
		{"signed type", true, cat(be32(0x00000903, 0, 28, 28)), "magic number 0x00000903"},
		{"short image header", true, cat(be32(ImagesMagic, 1, 28)), "truncated image header"},
		{"short label header", false, cat(be32(LabelsMagic), []byte{0}), "truncated label header"},
		{"wrong rows", true, cat(be32(ImagesMagic, 0, 27, 28)), "images are 27×28, want 28×28"},
		{"wrong cols", true, cat(be32(ImagesMagic, 0, 28, 29)), "images are 28×29"},
		{"truncated image", true, cat(be32(ImagesMagic, 2, 28, 28), img, img[:100]), "truncated image 1 of 2"},
		{"huge count", true, cat(be32(ImagesMagic, 0xffffffff, 28, 28), img), "truncated image 1 of 4294967295"},
		{"trailing image byte", true, cat(goodI, []byte{0}), "trailing data"},
		{"truncated labels", false, cat(be32(LabelsMagic, 5), []byte{1, 2}), "truncated labels (0 of 5 read)"},
		{"huge label count", false, cat(be32(LabelsMagic, 0xffffffff), []byte{1}), "truncated labels"},
		{"trailing label byte", false, cat(goodL, []byte{1}), "trailing data"},
		{"label 10", false, cat(be32(LabelsMagic, 3), []byte{1, 10, 2}), "label 1 is 10, not a digit"},
		{"label 255", false, cat(be32(LabelsMagic, 1), []byte{255}), "label 0 is 255"},
		{"gzip header only", true, gzI[:5], "bad gzip header"},
		{"gzip truncated", true, gzI[:len(gzI)/2], "truncated"},
		{"gzip no trailer", true, gzI[:len(gzI)-8], "unexpected EOF"},
		{"gzip bad crc", true, badCRC, "checksum"},
		{"gzip bad size", true, badSize, "checksum"},
		{"gzip trailing", true, cat(gzI, []byte{0}), "trailing data after the gzip stream"},
		{"gzip two members", true, cat(gzI, gzI), "trailing data after the gzip stream"},
		{"gzip of bad idx", true, gz(t, cat(be32(ImagesMagic, 1, 28, 28))), "truncated image 0 of 1"},
		{"gzip of trailing idx", false, gz(t, cat(goodL, []byte{0})), "trailing data"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var err error
			if c.images {
				_, err = DecodeImages(bytes.NewReader(c.in))
			} else {
				_, err = DecodeLabels(bytes.NewReader(c.in))
			}
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), "mnist: "), err.Error())
			require.Contains(t, err.Error(), c.want)
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	s := randomSet(3, 4)
	ip, lp := filepath.Join(dir, "i"), filepath.Join(dir, "l")
	require.NoError(t, s.Save(ip, lp))
	short := &Set{Images: s.Images[:2], Labels: s.Labels[:2]}
	ip2, lp2 := filepath.Join(dir, "i2"), filepath.Join(dir, "l2")
	require.NoError(t, short.Save(ip2, lp2))
	bad := filepath.Join(dir, "bad")
	require.NoError(t, os.WriteFile(bad, []byte{0, 0, 8, 1, 0, 0}, 0o644))

	cases := []struct {
		name, images, labels, want string
	}{
		{"count mismatch", ip, lp2, "has 3 images but " + lp2 + " has 2 labels"},
		{"missing images", filepath.Join(dir, "nope"), lp, "no such file"},
		{"missing labels", ip, filepath.Join(dir, "nope"), "no such file"},
		{"swapped", lp, ip, lp + ": magic number"},
		{"bad labels", ip, bad, bad + ": truncated label header"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(c.images, c.labels)
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), "mnist: "), err.Error())
			require.NotContains(t, err.Error(), "mnist: mnist:")
			require.Contains(t, err.Error(), c.want)
		})
	}
	_, _, err := LoadFixtures(dir)
	require.ErrorContains(t, err, "mnist: ")
}

func TestValidateAndEncodeErrors(t *testing.T) {
	require.ErrorContains(t, (&Set{Images: [][]byte{make([]byte, ImageSize)}}).Validate(), "mnist: 1 images but 0 labels")
	require.ErrorContains(t, (&Set{Images: [][]byte{make([]byte, 3)}, Labels: []byte{1}}).Validate(), "mnist: image 0 has 3 bytes")
	require.ErrorContains(t, (&Set{Images: [][]byte{make([]byte, ImageSize)}, Labels: []byte{12}}).Validate(), "mnist: label 0 is 12")
	require.ErrorContains(t, EncodeImages(&bytes.Buffer{}, [][]byte{{1}}), "mnist: image 0 has 1 bytes")
	require.ErrorContains(t, EncodeLabels(&bytes.Buffer{}, []byte{3, 11}), "mnist: label 1 is 11")
	dir := t.TempDir()
	require.ErrorContains(t, (&Set{Labels: []byte{1}}).Save(filepath.Join(dir, "a"), filepath.Join(dir, "b")), "mnist: 0 images but 1 labels")
}

func TestTensor(t *testing.T) {
	img := make([]byte, ImageSize)
	img[0], img[1], img[29], img[783] = 255, 51, 128, 1
	x, err := ImageTensor(img)
	require.NoError(t, err)
	require.Equal(t, []int{1, 1, 28, 28}, x.Shape)
	require.Equal(t, float32(1), x.Data[0])
	require.Equal(t, float32(51)/255, x.Data[1])
	require.InDelta(t, 0.2, x.Data[1], 1e-7)
	require.Equal(t, float32(128)/255, x.Data[29]) // row 1, column 1
	require.Equal(t, float32(1)/255, x.Data[783])
	require.Equal(t, float32(0), x.Data[2])

	f, err := FlatTensor(img)
	require.NoError(t, err)
	require.Equal(t, []int{1, 784}, f.Shape)
	require.Equal(t, x.Data, f.Data)

	for _, c := range []struct {
		img   []byte
		shape []int
		want  string
	}{
		{img[:783], []int{1, 784}, "image has 783 bytes"},
		{img, []int{1, 785}, "does not have 784 elements"},
		{img, nil, "does not have 784 elements"},
		{img, []int{-1, -784}, "does not have 784 elements"},
		{img, []int{1 << 62, 1 << 62, 784}, "does not have 784 elements"},
	} {
		_, err := Tensor(c.img, c.shape...)
		require.ErrorContains(t, err, c.want, "shape %v", c.shape)
		require.True(t, strings.HasPrefix(err.Error(), "mnist: "), err.Error())
	}
}

// TestFixtures checks the committed files: they decode, have the documented
// counts and per-class histograms, and their decompressed contents have
// the SHA-256 recorded in fixtures/mnist/README.md.
func TestFixtures(t *testing.T) {
	train, test, err := LoadFixtures(fixtureDir)
	require.NoError(t, err)
	require.Equal(t, 5000, train.Len())
	require.Equal(t, 500, test.Len())
	require.Equal(t, [Classes]int{494, 558, 545, 480, 477, 469, 516, 506, 477, 478}, train.Histogram())
	require.Equal(t, [Classes]int{42, 52, 60, 43, 55, 41, 49, 55, 48, 55}, test.Histogram())
	for _, s := range []*Set{train, test} {
		require.NoError(t, s.Validate())
		var lo, hi byte = 255, 0
		for _, img := range s.Images {
			for _, p := range img {
				lo, hi = min(lo, p), max(hi, p)
			}
		}
		require.Equal(t, byte(0), lo)
		require.Equal(t, byte(255), hi)
	}
	sum := func(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }
	require.Equal(t, "e05270618713695bf3292ca15d37dae7ecd088b4a27bc32ffc76982e23821802", sum(idxImages(t, train)))
	require.Equal(t, "925c2f2ad70ba39d749460dd999f5651eb71780e43d62a6e5f2175bc99c71cb3", sum(idxLabels(t, train)))
	require.Equal(t, "719a8d7d2188f7914736d9b6f5cbf869d649356387484be4333765fc10db1c22", sum(idxImages(t, test)))
	require.Equal(t, "412f61cba7ca307bd9a6ff8e8d0bdd0e0d2324c23c53bf6237354e1f1b6c16da", sum(idxLabels(t, test)))
}

// FuzzDecode: decoding arbitrary bytes never panics, and whatever decodes
// from raw IDX re-encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	s := randomSet(2, 9)
	var i, l bytes.Buffer
	if err := EncodeImages(&i, s.Images); err != nil {
		f.Fatal(err)
	}
	if err := EncodeLabels(&l, s.Labels); err != nil {
		f.Fatal(err)
	}
	var gi bytes.Buffer
	if err := EncodeGzip(&gi, l.Bytes()); err != nil {
		f.Fatal(err)
	}
	f.Add(i.Bytes())
	f.Add(l.Bytes())
	f.Add(gi.Bytes())
	f.Add([]byte{0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 28})
	f.Fuzz(func(t *testing.T, b []byte) {
		if imgs, err := DecodeImages(bytes.NewReader(b)); err == nil && len(b) > 0 && b[0] == 0 {
			var out bytes.Buffer
			require.NoError(t, EncodeImages(&out, imgs))
			require.Equal(t, b, out.Bytes())
		} else if err != nil {
			require.True(t, strings.HasPrefix(err.Error(), "mnist: "), err.Error())
		}
		if labels, err := DecodeLabels(bytes.NewReader(b)); err == nil && len(b) > 0 && b[0] == 0 {
			var out bytes.Buffer
			require.NoError(t, EncodeLabels(&out, labels))
			require.Equal(t, b, out.Bytes())
		} else if err != nil {
			require.True(t, strings.HasPrefix(err.Error(), "mnist: "), err.Error())
		}
	})
}
