package benchreport

// Report is everything BENCHMARKS.md shows. Measure fills it; Render turns it
// into markdown. It is plain data (JSON-serializable) so the renderer can be
// tested on fixed input.
type Report struct {
	Machine Machine `json:"machine"`
	Quick   bool    `json:"quick"`
	// Elapsed is the wall time of Measure, in seconds.
	Elapsed float64 `json:"elapsed_s"`

	VM      []VMRow      `json:"vm"`
	Gemm    []GemmRow    `json:"gemm"`
	Trace   []TraceRow   `json:"trace"`
	Witness []WitnessRow `json:"witness"`
	Gas     Gas          `json:"gas"`
	E2E     *E2E         `json:"e2e,omitempty"`
	Scaling []ScalingRow `json:"scaling"`
	// LLM is the completion model's pass (nil: not measured).
	LLM *LLM `json:"llm,omitempty"`
	// Conformance summarizes ONNX's backend node tests through the
	// pipeline (nil: the test data is not installed).
	Conformance *Conformance `json:"conformance,omitempty"`
	// Load is the load generator's committed runs (LoadResultsDir), read,
	// not measured, by Measure.
	Load *Load `json:"load,omitempty"`
	// Micro are the medians of every benchmark in bench.txt.
	Micro []MicroRow `json:"micro"`
}

// Machine describes where and when the report was measured.
type Machine struct {
	CPU       string `json:"cpu"`
	Cores     int    `json:"cores"`
	MemTotal  uint64 `json:"mem_total"` // bytes, 0 if unknown
	GoVersion string `json:"go"`
	GOOS      string `json:"goos"`
	GOARCH    string `json:"goarch"`
	Rules     string `json:"rules"` // chainconfig.RulesName
	Date      string `json:"date"`  // YYYY-MM-DD, UTC
}

// VMRow is one fixture model on the VM and on gorgonia, measured side by side.
type VMRow struct {
	Model       string  `json:"model"`
	Desc        string  `json:"desc"`
	Params      int64   `json:"params"` // weights + biases of the float model
	Steps       uint64  `json:"steps"`
	ExecuteNs   float64 `json:"execute_ns"`    // vm.Execute (fast path)
	TraceNs     float64 `json:"trace_ns"`      // vm.NewTrace + Final (every checkpoint and the final commitment)
	GorgoniaNs  float64 `json:"gorgonia_ns"`   // reference.Runner.Output, float32
	PeakHeap    uint64  `json:"peak_heap"`     // bytes above the post-GC baseline during one NewTrace
	AllocPerRun uint64  `json:"alloc_per_run"` // bytes allocated by one NewTrace
}

// GemmRow is the int8 GEMM fast path against the naive loop, from bench.txt.
type GemmRow struct {
	Shape    string  `json:"shape"`
	MACs     float64 `json:"macs"`
	FastNs   float64 `json:"fast_ns"`
	NaiveNs  float64 `json:"naive_ns"`
	Samples  int     `json:"samples"` // -count of each side
	Baseline string  `json:"baseline"`
}

// TraceRow is the trace service of one fixture at random steps.
type TraceRow struct {
	Model         string  `json:"model"`
	Steps         uint64  `json:"steps"`
	Samples       int     `json:"samples"`
	Seed          uint64  `json:"seed"`
	StateAtMedian float64 `json:"stateat_median_ns"`
	StateAtP99    float64 `json:"stateat_p99_ns"`
	ProveMedian   float64 `json:"prove_median_ns"`
	ProveP99      float64 `json:"prove_p99_ns"`
	Checkpoint    uint64  `json:"checkpoint_bytes"` // heap retained by a Trace
	Checkpoints   int     `json:"checkpoints"`      // op boundaries (ops + 1)
}

// WitnessRow is the witness size of one op family of one fixture.
type WitnessRow struct {
	Model   string  `json:"model"`
	Family  string  `json:"family"`
	Sampled int     `json:"sampled"`
	Max     int     `json:"max"`
	Mean    float64 `json:"mean"`
}

// Gas holds the gas report tests' output.
type Gas struct {
	// VerifierMD and CallsMD are the StepVerifier and arbiter call tables as
	// the tests wrote them (markdown), shown verbatim.
	VerifierMD string       `json:"verifier_md"`
	CallsMD    string       `json:"calls_md"`
	Step       StepGas      `json:"step"`   // fixture steps ("all" row of the first table)
	Worst      StepGas      `json:"worst"`  // synthetic worst case ("all" row of the second table)
	Submit     uint64       `json:"submit"` // max gas of the submit call
	Disputes   []DisputeRow `json:"disputes"`
	MoveGoal   uint64       `json:"move_goal"`
	// LM are the whole completion disputes on the completion model, one
	// per step kind (nil: not in the arbiter gas report).
	LM []LMDisputeRow `json:"lm,omitempty"`
}

// StepGas is the "all" row of the StepVerifier's fixture table.
type StepGas struct {
	Steps int    `json:"steps"`
	Mean  uint64 `json:"mean"`
	Max   uint64 `json:"max"`
}

// DisputeRow is one whole game played in the arbiter gas test.
type DisputeRow struct {
	LogN       uint   `json:"log_n"`
	K          uint64 `json:"k"`
	Rounds     int    `json:"rounds"`
	MaxMove    uint64 `json:"max_move"`
	Claimant   uint64 `json:"claimant"`
	Challenger uint64 `json:"challenger"`
}

// Total is the gas of both sides.
func (d DisputeRow) Total() uint64 { return d.Claimant + d.Challenger }

// E2E is one demo.Run on the in-process devnet.
type E2E struct {
	Model           string  `json:"model"`
	Steps           uint64  `json:"steps"`
	Arity           uint64  `json:"arity"`
	ChallengeWindow uint64  `json:"challenge_window_s"`
	ClockBudget     uint64  `json:"clock_budget_s"`
	Rounds          int     `json:"rounds"`
	Moves           int     `json:"moves"`
	ReactionBlocks  uint64  `json:"reaction_blocks"`
	DisputeSec      float64 `json:"dispute_s"`
	HappySec        float64 `json:"happy_s"`
	TotalSec        float64 `json:"total_s"`
	Err             string  `json:"error,omitempty"` // the run failed; no figures
}

// ScalingRow is one synthetic MLP.
type ScalingRow struct {
	Target     int64   `json:"target"` // requested parameter count
	Params     int64   `json:"params"`
	Dims       string  `json:"dims"`
	Steps      uint64  `json:"steps"`
	ExecuteNs  float64 `json:"execute_ns"`
	StateAtNs  float64 `json:"stateat_ns"` // median over random t
	Samples    int     `json:"samples"`
	Checkpoint uint64  `json:"checkpoint_bytes"`
}

// MicroRow is one benchmark of bench.txt (medians over -count).
type MicroRow struct {
	Pkg     string             `json:"pkg"`
	Name    string             `json:"name"`
	Samples int                `json:"samples"`
	Metrics map[string]float64 `json:"metrics"` // unit -> median
}

// Conformance counts the outcomes of ONNX's backend node tests
// (pipeline/onnx/conformance), over all of them and over the headline
// subset with one float input and one float output.
type Conformance struct {
	All    map[string]int `json:"all"`    // outcome -> tests
	Simple map[string]int `json:"simple"` // the same, one float input and one float output
}
