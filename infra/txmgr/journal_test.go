package txmgr

import (
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/nodestore"
)

// TestJournals checks both Journal implementations keep the same contract:
// Save replaces by key, Load is in key order, Delete forgets, and a record
// without a key is refused.
func TestJournals(t *testing.T) {
	for name, open := range map[string]func(t *testing.T) Journal{
		"mem": func(*testing.T) Journal { return NewMemJournal() },
		"store": func(t *testing.T) Journal {
			s, err := nodestore.Open(t.TempDir(), testLogger(t))
			require.NoError(t, err)
			t.Cleanup(func() { _ = s.Close() })
			return NewStoreJournal(s)
		},
	} {
		t.Run(name, func(t *testing.T) {
			j := open(t)
			require.Error(t, j.Save(Record{}))
			require.NoError(t, j.Save(Record{Key: "b", Txs: nil}))
			require.NoError(t, j.Save(Record{Key: "a"}))
			require.NoError(t, j.Save(Record{Key: "b", Txs: []hexutil.Bytes{{1, 2}}}))
			recs, err := j.Load()
			require.NoError(t, err)
			require.Len(t, recs, 2)
			require.Equal(t, "a", recs[0].Key)
			require.Equal(t, "b", recs[1].Key)
			require.Len(t, recs[1].Txs, 1, "Save replaces the record of its key")
			require.NoError(t, j.Delete("a"))
			require.NoError(t, j.Delete("missing"))
			recs, err = j.Load()
			require.NoError(t, err)
			require.Len(t, recs, 1)
			require.Equal(t, "b", recs[0].Key)
		})
	}
}
