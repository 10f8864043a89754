package submitter_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/submitter"
)

// TestLieToken: DishonestToken names a generated token from the start
// (0, 1, …) or from the end (−1 the last); a request without that token
// is an error, not a lie somewhere else.
func TestLieToken(t *testing.T) {
	for _, tc := range []struct{ token, n, want int }{
		{0, 1, 0}, {0, 32, 0}, {16, 32, 16}, {31, 32, 31}, {-1, 32, 31}, {-32, 32, 0}, {-1, 1, 0},
	} {
		got, err := submitter.DishonestTokenIndex(tc.token, tc.n)
		require.NoError(t, err, "token %d of %d", tc.token, tc.n)
		require.Equal(t, tc.want, got, "token %d of %d", tc.token, tc.n)
	}
	for _, tc := range []struct{ token, n int }{{32, 32}, {-33, 32}, {1, 1}} {
		_, err := submitter.DishonestTokenIndex(tc.token, tc.n)
		require.ErrorContains(t, err, "the request generates", "token %d of %d", tc.token, tc.n)
	}
}
