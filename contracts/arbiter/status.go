package arbiter

import "fmt"

// The enums of the contracts, as the ABI encodes them (uint8, in declaration
// order). Each constant is named after its Solidity member, prefixed by its
// type, and String returns the Solidity member's name; TestEnumsMatchSolidity
// checks both against contracts/src, so the Go side cannot drift.

// RequestStatus is InferenceOracle.RequestStatus.
type RequestStatus uint8

// The request statuses.
const (
	RequestNone      RequestStatus = iota // no such request
	RequestOpen                           // accepting claims until it expires; claims may be pending
	RequestFinalized                      // a claim was accepted; the output is final
	RequestCancelled                      // the consumer took its fee back after the expiry
)

var requestStatusNames = []string{"None", "Open", "Finalized", "Cancelled"}

func (s RequestStatus) String() string {
	return enumName("RequestStatus", requestStatusNames, uint8(s))
}

// ClaimStatus is InferenceOracle.ClaimStatus.
type ClaimStatus uint8

// The claim statuses.
const (
	ClaimNone       ClaimStatus = iota // no such claim
	ClaimPending                       // in its challenge window, or with games open
	ClaimAccepted                      // finalized the request: the request's output is the claim's
	ClaimRejected                      // a game disproved it
	ClaimSuperseded                    // survived its window after another claim finalized the request; bond returned
)

var claimStatusNames = []string{"None", "Pending", "Accepted", "Rejected", "Superseded"}

func (s ClaimStatus) String() string { return enumName("ClaimStatus", claimStatusNames, uint8(s)) }

// GameStatus is DisputeGame.Status.
type GameStatus uint8

// The game statuses.
const (
	GameNone          GameStatus = iota // no such game
	GameActive                          // being played
	GameClaimantWon                     // over: the claimant won
	GameChallengerWon                   // over: the challenger won
)

var gameStatusNames = []string{"None", "Active", "ClaimantWon", "ChallengerWon"}

func (s GameStatus) String() string { return enumName("Status", gameStatusNames, uint8(s)) }

// Over reports whether the game has ended (a side won).
func (s GameStatus) Over() bool { return s == GameClaimantWon || s == GameChallengerWon }

// Turn is DisputeGame.Turn: the side whose move it is, and so also a side of
// a game.
type Turn uint8

// The two sides of a game.
const (
	TurnClaimant   Turn = iota // the claimant (the submitter of the claim)
	TurnChallenger             // the challenger
)

var turnNames = []string{"Claimant", "Challenger"}

func (t Turn) String() string { return enumName("Turn", turnNames, uint8(t)) }

// Won is the status of a game this side won.
func (t Turn) Won() GameStatus {
	if t == TurnChallenger {
		return GameChallengerWon
	}
	return GameClaimantWon
}

// Reason is DisputeGame.Reason: why a game ended.
type Reason uint8

// The reasons a game ends.
const (
	ReasonStepDisproved      Reason = iota // the step's post-state differs from the claimant's hash
	ReasonStepConfirmed                    // the step's post-state equals the claimant's hash
	ReasonClaimantTimedOut                 // the claimant's clock ran out
	ReasonChallengerTimedOut               // the challenger's clock ran out
)

var reasonNames = []string{"StepDisproved", "StepConfirmed", "ClaimantTimedOut", "ChallengerTimedOut"}

func (r Reason) String() string { return enumName("Reason", reasonNames, uint8(r)) }

// enumName is names[v], or "<enum>(v)" for a value the enum does not have.
func enumName(enum string, names []string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", enum, v)
}
