package onnx

import (
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
)

// attnSpec is an attention region: scores = MatMul(Q, K′), an optional
// scale and mask, Softmax, MatMul(·, V′); Q, K′ and V′ computed by linear
// paths from one source each.
type attnSpec struct {
	softmax, scores, scale, mask, pv int
	paths                            [3]linearPath // Q, K′, V′
}

// The largest value a masked score may have (after the scale) for the
// mask to count as one: exp(−10⁴) is 0 in float32 and float64.
const maskedScore = -1e4

// rotaryTol bounds |cos² + sin² − 1| of a genuine rotation.
const rotaryTol = 1e-4

// rowForm is the rows of one operand of a graph MatMul ([rows, K]) in
// terms of the elements of its source: plain (a copy), or the interleaved
// rotary embedding of a copy (a partial rotary's pass-through elements
// paired in their order, each pair rotated by angle 0: cos 1, sin 0).
type rowForm struct {
	rope  bool
	alpha float64     // a factor common to every element (torch's SDPA scales Q and K by √scale each)
	order []int       // interleaved position e → the ONNX position along K
	idx   [][]int     // per row and interleaved position: the source element
	cos   [][]float64 // per row and pair (rope)
	sin   [][]float64
}

// rows returns the form of rows whose element k of row r is el(r, k), or
// false if they are neither copies nor rotations of pairs of the source
// by genuine cos/sin (c² + s² = 1), the same pairs in every row, each
// times one common factor alpha. Elements that copy one source element
// (times ±alpha, the same sign within a pair) among rotated ones are a
// partial rotary's pass-through: they pair in their order, as rotations
// by angle 0 (or π), so the VM's Rope passes them through.
func rows(R, K int, el func(r, k int) []term) (*rowForm, bool) {
	f := &rowForm{idx: make([][]int, R), alpha: 1}
	plain := true
	if t := el(0, 0); len(t) == 1 {
		f.alpha = t[0].coef
	}
	for r := range R {
		for k := range K {
			t := el(r, k)
			if len(t) != 1 || t[0].coef != f.alpha {
				plain = false
			}
		}
	}
	if plain && (f.alpha == 0 || math.IsInf(f.alpha, 0) || math.IsNaN(f.alpha)) {
		return nil, false
	}
	if plain {
		f.order = identityIndex(K)
		for r := range R {
			f.idx[r] = make([]int, K)
			for k := range K {
				f.idx[r][k] = el(r, k)[0].src
			}
		}
		return f, true
	}
	if K%2 != 0 {
		return nil, false
	}
	f.rope, f.alpha = true, 0
	f.cos, f.sin = make([][]float64, R), make([][]float64, R)
	var partner []int
	coef := func(t []term, src int) (float64, bool) {
		for _, x := range t {
			if x.src == src {
				return x.coef, true
			}
		}
		return 0, false
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-6*max(1, math.Abs(a)) }
	for r := range R {
		// Pair the elements of the row that read the same two sources; the
		// elements that read one (a partial rotary's pass-through dims)
		// pair in their order, each pair a rotation by angle 0.
		byPair := map[[2]int][]int{}
		var single []int
		for k := range K {
			t := el(r, k)
			switch {
			case len(t) == 1:
				single = append(single, k)
				continue
			case len(t) != 2 || t[0].src == t[1].src:
				return nil, false
			}
			key := [2]int{min(t[0].src, t[1].src), max(t[0].src, t[1].src)}
			byPair[key] = append(byPair[key], k)
		}
		if len(single)%2 != 0 || len(single) == K {
			return nil, false
		}
		p := make([]int, K)
		for _, ks := range byPair {
			if len(ks) != 2 {
				return nil, false
			}
			p[ks[0]], p[ks[1]] = ks[1], ks[0]
		}
		for i := 0; i < len(single); i += 2 {
			p[single[i]], p[single[i+1]] = single[i+1], single[i]
		}
		if partner == nil {
			partner = p
			for k := range K {
				if k < partner[k] {
					f.order = append(f.order, k, partner[k])
				}
			}
		} else if !slices.Equal(p, partner) {
			return nil, false
		}
		f.idx[r] = make([]int, K)
		f.cos[r], f.sin[r] = make([]float64, K/2), make([]float64, K/2)
		for i := 0; i < K/2; i++ {
			k, k2 := f.order[2*i], f.order[2*i+1]
			tk, tk2 := el(r, k), el(r, k2)
			if len(tk) == 1 || len(tk2) == 1 {
				// Passed through: y[k] = c·x[k], y[k2] = c·x[k2] with the
				// common factor c = alpha (cos 1, sin 0).
				if len(tk) != 1 || len(tk2) != 1 || tk[0].src == tk2[0].src || !near(tk[0].coef, tk2[0].coef) {
					return nil, false
				}
				if f.alpha == 0 {
					f.alpha = math.Abs(tk[0].coef)
					if !(f.alpha > 0) || math.IsInf(f.alpha, 0) {
						return nil, false
					}
				}
				c := tk[0].coef / f.alpha
				if math.Abs(c*c-1) > rotaryTol {
					return nil, false
				}
				f.idx[r][2*i], f.idx[r][2*i+1] = tk[0].src, tk2[0].src
				f.cos[r][i], f.sin[r][i] = c, 0
				continue
			}
			s1, s2 := tk[0].src, tk[1].src
			a1, _ := coef(tk, s1)
			a2, _ := coef(tk, s2)
			b1, ok1 := coef(tk2, s1)
			b2, ok2 := coef(tk2, s2)
			if !ok1 || !ok2 {
				return nil, false
			}
			// y[k] = c·x[k] − s·x[k2], y[k2] = s·x[k] + c·x[k2]: which
			// source is x[k] follows from the coefficients.
			var self1, self2 int
			var c, s float64
			switch {
			case near(a1, b2) && near(a2, -b1):
				self1, self2, c, s = s1, s2, a1, b1
			case near(a2, b1) && near(a1, -b2):
				self1, self2, c, s = s2, s1, a2, b2
			default:
				return nil, false
			}
			if f.alpha == 0 {
				f.alpha = math.Sqrt(c*c + s*s)
				if !(f.alpha > 0) || math.IsInf(f.alpha, 0) {
					return nil, false
				}
			}
			c, s = c/f.alpha, s/f.alpha
			if math.Abs(c*c+s*s-1) > rotaryTol {
				return nil, false
			}
			f.idx[r][2*i], f.idx[r][2*i+1] = self1, self2
			f.cos[r][i], f.sin[r][i] = c, s
		}
	}
	return f, true
}

// group returns the largest G dividing P such that the rows of head p
// (rows p·H … p·H + H − 1) equal those of head G·(p div G) for every p.
func (f *rowForm) group(P, H int) int {
	same := func(a, b int) bool {
		if !slices.Equal(f.idx[a], f.idx[b]) {
			return false
		}
		return !f.rope || (slices.Equal(f.cos[a], f.cos[b]) && slices.Equal(f.sin[a], f.sin[b]))
	}
	for G := P; G > 1; G-- {
		if P%G != 0 {
			continue
		}
		ok := true
		for p := 0; p < P && ok; p++ {
			for h := 0; h < H && ok; h++ {
				ok = same(p*H+h, (G*(p/G))*H+h)
			}
		}
		if ok {
			return G
		}
	}
	return 1
}

// valueNamed returns the value whose graph name is name.
func (im *importer) valueNamed(name string) *value {
	for _, v := range im.vals {
		if v.name == name {
			return v
		}
	}
	return nil
}

// resolve follows v back through the graph Reshapes and one-input Gathers
// (without fill) that compute it: the value they start from and, per
// element of v, that value's element.
func (im *importer) resolve(v *value) (*value, []int) {
	table := identityIndex(graph.Numel(v.shape))
	for range 16 {
		if v.producer < 0 {
			break
		}
		p := &im.g.Nodes[v.producer]
		var in *value
		switch {
		case p.Op == graph.Reshape:
			in = im.valueNamed(p.Inputs[0])
		case p.Op == graph.Gather && len(p.Inputs) == 1 && !slices.Contains(p.Index, -1):
			in = im.valueNamed(p.Inputs[0])
			if in != nil {
				for e, k := range table {
					table[e] = p.Index[k]
				}
			}
		}
		if in == nil {
			break
		}
		v = in
	}
	return v, table
}

// operand emits the value of shape whose element e is base's element
// table[e]: base itself, a Reshape of it, or a Gather.
func (im *importer) operand(c *nodeCtx, base *value, table, shape []int, name, node string) (string, error) {
	identity := len(table) == graph.Numel(base.shape)
	for e, k := range table {
		if k != e {
			identity = false
			break
		}
	}
	switch {
	case identity && slices.Equal(base.shape, shape):
		return base.name, nil
	case identity:
		return name, c.emitAs(graph.Node{Name: node, Op: graph.Reshape, Inputs: []string{base.name}, Shape: slices.Clone(shape)}, slices.Clone(shape), name)
	}
	if err := im.alloc(len(table)); err != nil {
		return "", c.errorf("%v", err)
	}
	return name, c.emitAs(graph.Node{Name: node, Op: graph.Gather, Inputs: []string{base.name}, Shape: slices.Clone(shape), Index: slices.Clone(table)}, slices.Clone(shape), name)
}

// maskPlane returns, for a constant that broadcasts to [.., M, N] without
// varying along the leading axes, its [M, N] plane.
func maskPlane(t *tensor, M, N int) ([]float64, bool) {
	if t == nil {
		return nil, false
	}
	shape := t.shape
	for len(shape) < 2 {
		shape = append([]int{1}, shape...)
	}
	r := len(shape)
	for _, d := range shape[:r-2] {
		if d != 1 {
			return nil, false
		}
	}
	last := shape[r-2:]
	if (last[0] != 1 && last[0] != M) || (last[1] != 1 && last[1] != N) {
		return nil, false
	}
	idx := broadcastIndex(last, []int{M, N})
	plane := make([]float64, M*N)
	for e, k := range idx {
		if t.isFloat() {
			plane[e] = float64(t.f[k])
		} else {
			plane[e] = float64(t.i[k])
		}
	}
	return plane, true
}

// causalMask checks the region's mask: true if it is exactly causal
// (scores past the row's position pushed to −Inf or below maskedScore,
// the others unchanged), false if there is none; errNoMatch otherwise.
func (s *attnSpec) causalMask(im *importer, M, N int, scale float64, maskFirst bool) (bool, error) {
	if s.mask < 0 {
		return false, nil
	}
	if M != N {
		return false, noMatch("the mask needs square scores, got [%d, %d]", M, N)
	}
	eff := 1.0
	if maskFirst {
		eff = scale
	}
	masked := func(v float64) bool { return v*eff <= maskedScore || (math.IsInf(v, -1) && eff > 0) }
	n := im.nodes[s.mask]
	if n.GetOpType() == "Add" {
		name := n.Input[0]
		if _, ok := im.consts[name]; !ok {
			name = n.Input[1]
		}
		plane, ok := maskPlane(im.consts[name], M, N)
		if !ok {
			return false, noMatch("the added mask does not broadcast to the [M, N] scores without varying per head")
		}
		for m := range M {
			for j := range N {
				v := plane[m*N+j]
				if (j <= m && v != 0) || (j > m && !masked(v)) {
					return false, noMatch("the added mask is not exactly causal (0 for keys ≤ the query, ≤ −1e4 or −Inf after it; key %d of query %d is %g)", j, m, v)
				}
			}
		}
		return true, nil
	}
	// Where(cond, X, Y): the scores where cond holds if they are X.
	cond, ok := maskPlane(im.consts[n.Input[0]], M, N)
	if !ok {
		return false, noMatch("the Where condition does not broadcast to the [M, N] scores without varying per head")
	}
	scoresX := true
	fillName := n.Input[2]
	if _, isConst := im.consts[n.Input[1]]; isConst {
		scoresX, fillName = false, n.Input[1]
	}
	fill, ok := maskPlane(im.consts[fillName], M, N)
	if !ok {
		return false, noMatch("the Where fill does not broadcast to the [M, N] scores without varying per head")
	}
	for m := range M {
		for j := range N {
			keep := (cond[m*N+j] != 0) == scoresX
			if keep != (j <= m) || (!keep && !masked(fill[m*N+j])) {
				return false, noMatch("the Where mask is not exactly causal at key %d of query %d", j, m)
			}
		}
	}
	return true, nil
}

func (s *attnSpec) emit(im *importer, c *nodeCtx) error {
	// The symbolic values are charged to the allocation budget while they
	// live (bounding the region's peak memory) and refunded after.
	budget, refunded := im.budget, false
	defer func() {
		if !refunded {
			im.budget = budget
		}
	}()
	var sym [3]*symVal
	var src [3]*value
	for k, p := range s.paths {
		v, ok := im.vals[p.src]
		if !ok {
			return noMatch("the source %q of %q is not a computed value", p.src, p.out)
		}
		sv, err := im.evalLinear(im.nodes, p, v.shape)
		if err != nil {
			return noMatch("the linear path to %q: %v", p.out, err)
		}
		sym[k], src[k] = sv, v
	}
	q, kt, vv := sym[0], sym[1], sym[2]
	r := len(q.shape)
	if r < 2 || len(kt.shape) != r || len(vv.shape) != r {
		return noMatch("Q, K′ and V′ have ranks %d, %d, %d", len(q.shape), len(kt.shape), len(vv.shape))
	}
	lead := q.shape[:r-2]
	if !slices.Equal(kt.shape[:r-2], lead) || !slices.Equal(vv.shape[:r-2], lead) {
		return noMatch("Q, K′ and V′ of shapes %v, %v, %v do not share their leading dimensions", q.shape, kt.shape, vv.shape)
	}
	P, M, K, N, D := graph.Numel(lead), q.shape[r-2], q.shape[r-1], kt.shape[r-1], vv.shape[r-1]
	if kt.shape[r-2] != K || vv.shape[r-2] != N {
		return noMatch("Q %v, K′ %v and V′ %v do not multiply", q.shape, kt.shape, vv.shape)
	}
	// Softmax over the last axis.
	sc, ok := im.ctxOf(s.softmax)
	if !ok {
		return noMatch("cannot read the Softmax attributes")
	}
	def := int64(-1)
	if im.opset < 13 {
		def = 1
	}
	if a, err := sc.intAttr("axis", def); err != nil || (a != -1 && a != int64(r-1)) || sc.unread() != nil {
		return noMatch("the Softmax is not over the last axis (or has other attributes)")
	}
	scale, maskFirst := 1.0, false
	if s.scale >= 0 {
		n := im.nodes[s.scale]
		name := n.Input[1]
		if _, ok := im.consts[name]; !ok {
			name = n.Input[0]
		}
		f, ok := im.scalarConst(name)
		if !ok || f == 0 || math.IsInf(f, 0) || math.IsNaN(f) {
			return noMatch("the scores scale is not one finite non-zero constant")
		}
		if n.GetOpType() == "Div" {
			f = 1 / f
		}
		scale = f
		// The mask is applied first if the scale's input is the mask's output.
		maskFirst = s.mask >= 0 && slices.Contains(n.Input, im.nodes[s.mask].Output[0])
	}
	causal, err := s.causalMask(im, M, N, scale, maskFirst)
	if err != nil {
		return err
	}
	// The operands' rows: A [P·M, K]; B₁ (K′ transposed) [P·N, K];
	// B₂ (V′ transposed) [P·D, N].
	a, ok := rows(P*M, K, func(row, k int) []term { return q.el[row*K+k] })
	if !ok {
		return noMatch("Q is neither a copy nor a rotary embedding (genuine cos/sin, the same pairs in every row) of its source")
	}
	b1, ok := rows(P*N, K, func(row, k int) []term { p, n := row/N, row%N; return kt.el[(p*K+k)*N+n] })
	if !ok || a.rope != b1.rope || !slices.Equal(a.order, b1.order) {
		return noMatch("K is neither a copy nor a rotary embedding of its source with the pairs of Q")
	}
	b2, ok := rows(P*D, N, func(row, n int) []term { p, d := row/D, row%D; return vv.el[(p*N+n)*D+d] })
	if !ok || b2.rope {
		return noMatch("V is not a copy of its source")
	}
	g1, g2 := b1.group(P, N), b2.group(P, D)
	scoreScale := scale * a.alpha * b1.alpha
	sym, q, kt, vv = [3]*symVal{}, nil, nil, nil
	im.budget, refunded = budget, true

	// Emit: the operands gathered from their sources' bases, the rotary
	// embeddings, the two products and the softmax between them.
	out := c.output()
	scoresName := nodeName(im.nodes[s.scores], s.scores)
	operand := func(k int, f *rowForm, G, R, L int, shape []int, suffix string) (string, error) {
		base, table := im.resolve(src[k])
		idx := make([]int, 0, R/G*L)
		for p := 0; p < P; p += G {
			for h := range R / P {
				for _, e := range f.idx[p*(R/P)+h] {
					idx = append(idx, table[e])
				}
			}
		}
		name, err := im.operand(c, base, idx, shape, im.genUsed(out+"_"+suffix), scoresName+"/"+suffix)
		if err != nil || !f.rope {
			return name, err
		}
		rowsN := graph.Numel(shape) / L
		cos, sin := graph.NewTensor(rowsN, L/2), graph.NewTensor(rowsN, L/2)
		j := 0
		for p := 0; p < P; p += G {
			for h := range R / P {
				for i := range L / 2 {
					cos.Data[j], sin.Data[j] = float32(f.cos[p*(R/P)+h][i]), float32(f.sin[p*(R/P)+h][i])
					j++
				}
			}
		}
		if err := im.alloc(2 * len(cos.Data)); err != nil {
			return "", c.errorf("%v", err)
		}
		rot := im.genUsed(out + "_" + suffix + "_rope")
		return rot, c.emitAs(graph.Node{Name: scoresName + "/rope_" + suffix, Op: graph.Rope, Inputs: []string{name}, W: cos, B: sin}, slices.Clone(shape), rot)
	}
	an, err := operand(0, a, 1, P*M, K, []int{P, M, K}, "q")
	if err != nil {
		return err
	}
	bn, err := operand(1, b1, g1, P*N, K, []int{P / g1, N, K}, "k")
	if err != nil {
		return err
	}
	vn, err := operand(2, b2, g2, P*D, N, []int{P / g2, D, N}, "v")
	if err != nil {
		return err
	}
	mode, kmode := graph.CausalNone, graph.CausalNone
	if causal {
		mode, kmode = graph.CausalN, graph.CausalK
	}
	scores := im.genUsed(out + "_scores")
	if err := c.emitAs(graph.Node{Name: scoresName, Op: graph.MatMul, Inputs: []string{an, bn}, Group: g1, Scale: float32(scoreScale), Causal: mode}, []int{P, M, N}, scores); err != nil {
		return err
	}
	probs := im.genUsed(out + "_probs")
	if err := c.emitAs(graph.Node{Name: nodeName(im.nodes[s.softmax], s.softmax), Op: graph.Softmax, Inputs: []string{scores}, Causal: mode}, []int{P, M, N}, probs); err != nil {
		return err
	}
	res := append(slices.Clone(lead), M, D)
	pv := graph.Node{Op: graph.MatMul, Inputs: []string{probs, vn}, Group: g2, Scale: float32(b2.alpha), Causal: kmode}
	if len(lead) == 1 {
		return c.emit(pv, res)
	}
	prod := im.genUsed(out + "_heads")
	if err := c.emitAs(pv, []int{P, M, D}, prod); err != nil {
		return err
	}
	return c.emit(graph.Node{Name: c.name + "/unheads", Op: graph.Reshape, Inputs: []string{prod}, Shape: res}, slices.Clone(res))
}
