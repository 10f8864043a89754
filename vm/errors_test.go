package vm

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDecodeStateRejects: every non-state is rejected with BadPreState, which
// is not a bad witness.
func TestDecodeStateRejects(t *testing.T) {
	enc := (&State{Status: Error, Step: 7}).Encode()
	status3 := append([]byte(nil), enc...)
	status3[0] = 3
	for name, b := range map[string][]byte{
		"empty": nil, "244 bytes": enc[:244], "246 bytes": append(append([]byte(nil), enc...), 0), "status 3": status3,
	} {
		_, err := DecodeState(b)
		var re *RejectError
		require.ErrorAs(t, err, &re, name)
		require.Equal(t, ReasonBadPreState, re.Reason, name)
		require.Empty(t, re.Args, name)
		require.False(t, errors.Is(err, ErrWitness), name)
	}
	s, err := DecodeState(enc)
	require.NoError(t, err)
	require.Equal(t, State{Status: Error, Step: 7}, s)
}

func TestRejectError(t *testing.T) {
	err := error(reject(ReasonAccessKind, 1, 3, 2))
	require.Equal(t, "vm: bad witness: AccessKind(1, 3, 2): access 1 is of kind 3, the step reads kind 2", err.Error())
	require.ErrorIs(t, fmt.Errorf("wrapped: %w", err), ErrWitness)
	require.Equal(t, "vm: bad witness: WitnessTruncated(): the witness is truncated: need 32 more bytes, have 3",
		reject(ReasonWitnessTruncated).withDetail("need %d more bytes, have %d", 32, 3).Error())
	require.Equal(t, "vm: bad pre-state: BadPreState(): the pre-state is not a state encoding", reject(ReasonBadPreState).Error())

	rs := Reasons()
	require.Len(t, rs, 16)
	require.Equal(t, ReasonBadPreState, rs[0])
	require.Equal(t, ReasonAccessesUnused, rs[len(rs)-1])
	for _, r := range rs {
		require.NotContains(t, r.String(), "reason(", r)
	}
	require.Equal(t, []string{"k", "got", "want"}, ReasonAccessKind.ArgNames())
	require.Equal(t, "reason(0)", Reason(0).String())
	require.Equal(t, "reason(17)", Reason(17).String())
	require.Nil(t, Reason(17).ArgNames())
}
