package lm

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"google.golang.org/protobuf/encoding/protowire"
)

// ReadWeights reads a model of shape c back from an ONNX file written by
// Export with rotary form rot: each parameter from the float initializer of
// its name (raw_data or float_data), undoing the rotate-half permutation of
// q_proj and k_proj. It reads only initializers, not the graph: it is the
// inverse of Export, not an ONNX importer (that is package pipeline/onnx).
func ReadWeights(data []byte, c Config, rot Rotary) (*Model, error) {
	m, err := NewModel(c)
	if err != nil {
		return nil, err
	}
	inits, err := initializers(data)
	if err != nil {
		return nil, err
	}
	for _, t := range m.Tensors() {
		it, ok := inits[t.Name]
		if !ok {
			return nil, fmt.Errorf("lm: read: no initializer %s", t.Name)
		}
		if len(it.dims) != len(t.Shape) {
			return nil, fmt.Errorf("lm: read: %s has dims %v, want %v", t.Name, it.dims, t.Shape)
		}
		for i, d := range it.dims {
			if d != int64(t.Shape[i]) {
				return nil, fmt.Errorf("lm: read: %s has dims %v, want %v", t.Name, it.dims, t.Shape)
			}
		}
		if len(it.data) != len(t.Data) {
			return nil, fmt.Errorf("lm: read: %s holds %d floats, want %d", t.Name, len(it.data), len(t.Data))
		}
		src := it.data
		if rot == RotaryHalf && (hasName(t.Name, "q_proj.weight") || hasName(t.Name, "k_proj.weight")) {
			src = halfPermute(src, t.Shape[0], t.Shape[1], c.HeadDim, c.rotary(), true)
		}
		copy(t.Data, src)
	}
	return m, nil
}

type initializer struct {
	dims []int64
	data []float32
}

var errTruncated = errors.New("lm: read: malformed protobuf")

// fields calls f for each top-level field of a protobuf message.
func fields(b []byte, f func(num protowire.Number, typ protowire.Type, v []byte, x uint64) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return errTruncated
		}
		b = b[n:]
		var v []byte
		var x uint64
		switch typ {
		case protowire.BytesType:
			v, n = protowire.ConsumeBytes(b)
		case protowire.VarintType:
			x, n = protowire.ConsumeVarint(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return errTruncated
		}
		b = b[n:]
		if err := f(num, typ, v, x); err != nil {
			return err
		}
	}
	return nil
}

// initializers returns the float initializers of an ONNX ModelProto
// (graph = field 7; GraphProto.initializer = 5; TensorProto: dims 1,
// data_type 2, float_data 4, name 8, raw_data 9).
func initializers(data []byte) (map[string]initializer, error) {
	out := map[string]initializer{}
	err := fields(data, func(num protowire.Number, typ protowire.Type, graph []byte, _ uint64) error {
		if num != 7 || typ != protowire.BytesType {
			return nil
		}
		return fields(graph, func(num protowire.Number, typ protowire.Type, tensor []byte, _ uint64) error {
			if num != 5 || typ != protowire.BytesType {
				return nil
			}
			var it initializer
			var name string
			dataType := uint64(0)
			var raw []byte
			var floats []float32
			err := fields(tensor, func(num protowire.Number, typ protowire.Type, v []byte, x uint64) error {
				switch {
				case num == 1 && typ == protowire.VarintType:
					it.dims = append(it.dims, int64(x))
				case num == 1 && typ == protowire.BytesType:
					for len(v) > 0 {
						d, n := protowire.ConsumeVarint(v)
						if n < 0 {
							return errTruncated
						}
						it.dims, v = append(it.dims, int64(d)), v[n:]
					}
				case num == 2 && typ == protowire.VarintType:
					dataType = x
				case num == 4 && typ == protowire.BytesType:
					if len(v)%4 != 0 {
						return errTruncated
					}
					for k := 0; k < len(v); k += 4 {
						floats = append(floats, math.Float32frombits(binary.LittleEndian.Uint32(v[k:])))
					}
				case num == 8 && typ == protowire.BytesType:
					name = string(v)
				case num == 9 && typ == protowire.BytesType:
					raw = v
				}
				return nil
			})
			if err != nil || dataType != 1 {
				return err // not a float tensor: not a parameter
			}
			if raw != nil {
				if len(raw)%4 != 0 {
					return fmt.Errorf("lm: read: %s: raw_data of %d bytes", name, len(raw))
				}
				floats = make([]float32, len(raw)/4)
				for k := range floats {
					floats[k] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*k:]))
				}
			}
			it.data = floats
			out[name] = it
			return nil
		})
	})
	return out, err
}

// ReadTrained reads the trained model committed in dir (fixtures/trained):
// lm-training.json names the ONNX file and records the configuration; it
// returns the file's bytes and the model read back from them by
// ReadWeights (Export's default, interleaved rotary form). A missing file
// gives an error that wraps fs.ErrNotExist.
func ReadTrained(dir string) ([]byte, *Model, error) {
	var rec struct {
		Settings struct {
			Config Config `json:"config"`
		} `json:"settings"`
		File string `json:"file"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "lm-training.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("lm: %w", err)
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, nil, fmt.Errorf("lm: lm-training.json: %w", err)
	}
	src, err := os.ReadFile(filepath.Join(dir, rec.File))
	if err != nil {
		return nil, nil, fmt.Errorf("lm: %w", err)
	}
	m, err := ReadWeights(src, rec.Settings.Config, RotaryInterleaved)
	if err != nil {
		return nil, nil, err
	}
	return src, m, nil
}
