// Where each step of a case type goes on a swimlane map, in abstract units:
// one lane per organisation, one column block per step (so nothing overlaps),
// one slot per flow that crosses lanes. Views turn slots and lanes into pixels.
#pragma once

#include "pw/model.hpp"

#include <string>
#include <vector>

namespace pw {

// A flow arriving in another lane: drawn as an arrow from the sender's lane to a
// marker in the recipient's lane, labelled with the channel.
struct FlowMark {
    std::size_t flow = 0; // index into Step::flows
    int from_lane = 0;
    int to_lane = 0;
    int slot = 0;                        // absolute slot (column) of the arrow
    std::vector<std::string> recipients; // role ids in to_lane
};

struct StepBox {
    std::size_t step = 0; // index into CaseType::steps
    int lane = 0;         // lane of the step's actor
    int first_slot = 0;
    int slot_count = 1;
    int label_slots = 0;    // empty slots after a decision, where its outcome labels go
    int internal_flows = 0; // flows that stay within one organisation
    std::vector<FlowMark> marks;
};

struct Connector {
    std::size_t from_step = 0;
    std::size_t to_step = 0;
    std::string label;
    bool backwards = false; // goes to an earlier column (e.g. a repeat)
    // Forward connectors leaving the same step: this one's place among them
    // (0-based) and how many there are, so that they leave the box apart.
    int sibling = 0;
    int siblings = 1;
};

struct SwimlaneLayout {
    std::vector<std::string> lanes; // organisation ids, top to bottom
    std::vector<StepBox> boxes;     // in column order, left to right
    std::vector<Connector> connectors;
    int slot_count = 0;
    std::vector<std::size_t> box_of_step; // step index -> index in boxes (or npos)

    // O(1): the map draws every frame and a map can have thousands of steps.
    const StepBox* box_for_step(std::size_t step) const;
};

SwimlaneLayout layout_swimlanes(const Model& model, const CaseType& case_type);

} // namespace pw
