package ops

import "testing"

// TestValidateRejectsUntypedTensors: a descriptor whose tensors are left
// zero (no dtype) is invalid even when the op's own rules would hold.
func TestValidateRejectsUntypedTensors(t *testing.T) {
	lim := Limits{RAMLeaves: 8, ROMLeaves: 8}
	for _, op := range Opcodes() {
		d := Desc{Op: op}
		if err := d.Validate(lim); err == nil {
			t.Errorf("%s with zero tensors validated", op)
		}
	}
	ok := Desc{Op: OpReshape, In: NewTensor(Int8, 4), Out: NewTensor(Int8, 2, 2)}
	ok.Out.Addr = 1
	if err := ok.Validate(lim); err != nil {
		t.Fatalf("valid reshape rejected: %v", err)
	}
}
