// Package modelcard is the versioned JSON "model card" that `opml compile`
// writes beside a VM model file (model.opml → model.opml.json): how the
// float world maps onto the model's int8 input and output. It records the
// model ID it belongs to, the input's and output's float shape (ONNX NCHW
// order), their VM shape and element type and the permutation between the
// two orders (version 2; a version 1 card is completed from the model by
// Load or Bind), scale and zero point, where the logits are, and where the
// model came from (source ONNX hash, calibration).
//
// Tensor.FromVM is the one place that turns a VM tensor's bytes (the
// output a claim carries and the chain delivers, in the VM's order) into
// ONNX order, as integers and dequantized floats; Tensor.Quantize is the
// other direction for inputs (floats in ONNX order to int8 in VM order).
// docs/onnx.md, "Input and output layout", describes both orders.
//
// The card is off-chain metadata. The VM model file stays canonical and
// fully committed by the model ID (docs/spec.md §3.6); the card binds to it
// through ModelID, and a card for another model is rejected.
//
// Guarantees: Encode is deterministic (golden files under testdata/);
// Decode rejects unknown versions, unknown fields and inconsistent cards
// with errors prefixed "modelcard: " and never panics. Quantize,
// Dequantize and FromVM are pure, check the tensor they are called on and
// never panic. A Card is safe for concurrent reads.
package modelcard
