package explorer

import (
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// Lists show PageSize records a page, newest first, with links to the
// neighbouring pages; a malformed page number is a 400, one past the end an
// empty list.
func TestPaging(t *testing.T) {
	ix := NewIndex(Contracts{})
	const n = 2*PageSize + 17
	for i := 1; i <= n; i++ {
		ix.requests[key(big.NewInt(int64(i)))] = &Request{ID: big.NewInt(int64(i)), Fee: big.NewInt(1), Status: arbiter.RequestOpen}
	}
	ix.version++
	s, err := NewServer(ServerConfig{Index: ix})
	require.NoError(t, err)
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	for _, c := range []struct {
		page         string
		first, last  int // request IDs shown (0: none)
		newer, older bool
	}{
		{"", n, n - PageSize + 1, false, true},
		{"?page=1", n - PageSize, n - 2*PageSize + 1, true, true},
		{"?page=2", 17, 1, true, false},
		{"?page=3", 0, 0, true, false},
	} {
		code, body := get("/requests" + c.page)
		require.Equal(t, http.StatusOK, code, c.page)
		rows := strings.Count(body, `<tr data-request=`)
		if c.first == 0 {
			require.Zero(t, rows, c.page)
			require.Contains(t, body, "Nothing here: the list has 217.")
			continue
		}
		require.Equal(t, c.first-c.last+1, rows, c.page)
		require.Contains(t, body, `<a href="/requests/`+big.NewInt(int64(c.first)).String()+`">`, c.page)
		require.Contains(t, body, `<a href="/requests/`+big.NewInt(int64(c.last)).String()+`">`, c.page)
		require.Equal(t, c.newer, strings.Contains(body, "← newer"), c.page)
		require.Equal(t, c.older, strings.Contains(body, "older →"), c.page)
	}
	// Counting and the overview copy no record but the ten latest.
	require.Equal(t, Counts{Requests: n, Open: n}, ix.Counts())
	part, total := ix.RequestsPage(2*PageSize, PageSize)
	require.Equal(t, n, total)
	require.Len(t, part, 17)
	require.Equal(t, "17", part[0].ID.String())
	code, body := get("/")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "<b>217</b> requests <small>217 open")
	require.Equal(t, 10, strings.Count(body, `<tr data-request=`))
	// A page far past the end (its offset overflows) is an empty page.
	code, body = get("/requests?page=99999999999999999")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "Nothing here: the list has 217.")
	require.Zero(t, strings.Count(body, `<tr data-request=`))
	for _, bad := range []string{"-1", "x", "1.5"} {
		code, body := get("/api/requests?page=" + bad)
		require.Equal(t, http.StatusBadRequest, code, bad)
		require.Contains(t, body, "want 0 or a positive number")
	}
}
