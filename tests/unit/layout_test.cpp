#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/swimlane_layout.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

TEST_CASE("a flow between organisations becomes an arrow into the recipient's lane") {
    auto result = pw::load_and_validate(fixtures::MiniContent{}.files());
    REQUIRE(result.ok());
    const auto& ct = result.model.case_types[0];
    auto layout = pw::layout_swimlanes(result.model, ct);
    CHECK(layout.lanes == std::vector<std::string>{"a", "b"});
    REQUIRE(layout.boxes.size() == 2);
    CHECK(layout.boxes[0].step == 0);
    CHECK(layout.boxes[0].lane == 0);
    REQUIRE(layout.boxes[0].marks.size() == 1);
    CHECK(layout.boxes[0].marks[0].from_lane == 0);
    CHECK(layout.boxes[0].marks[0].to_lane == 1);
    CHECK(layout.boxes[1].lane == 1);
    CHECK(layout.boxes[1].first_slot == 1);
    REQUIRE(layout.connectors.size() == 1);
    CHECK_FALSE(layout.connectors[0].backwards);
}

TEST_CASE("on the real KB map no two steps share a column and every cross-lane flow is drawn") {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    auto result = pw::load_and_validate(files.files);
    REQUIRE(result.ok());
    const pw::CaseType* kb = pw::find_case_type(result.model, "kb-maatregel");
    REQUIRE(kb);
    auto layout = pw::layout_swimlanes(result.model, *kb);
    CHECK(layout.boxes.size() == kb->steps.size());

    int expected_slot = 0;
    for (const auto& box : layout.boxes) {
        CHECK(box.first_slot == expected_slot); // columns are contiguous and disjoint
        expected_slot += box.slot_count + box.label_slots;
        CHECK(box.label_slots == (kb->steps[box.step].kind == pw::StepKind::decision ? 1 : 0));
        const auto& step = kb->steps[box.step];
        int cross = 0;
        for (const auto& f : step.flows) {
            std::set<std::string> lanes;
            for (const auto& to : f.to)
                if (pw::organisation_of_role(result.model, to)->id !=
                    pw::organisation_of_role(result.model, f.from)->id)
                    lanes.insert(pw::organisation_of_role(result.model, to)->id);
            cross += static_cast<int>(lanes.size());
        }
        CHECK(static_cast<int>(box.marks.size()) == cross);
    }
    CHECK(layout.slot_count == expected_slot);
    // The start step comes first; the verlenging loop is drawn backwards.
    CHECK(kb->steps[layout.boxes.front().step].id == "melding");
    bool has_backwards = false;
    for (const auto& c : layout.connectors)
        has_backwards = has_backwards || c.backwards;
    CHECK(has_backwards);
    // The lanes include the three organisations of the protocol.
    for (const char* org : {"rvdk", "ind", "dtv"})
        CHECK(std::find(layout.lanes.begin(), layout.lanes.end(), org) != layout.lanes.end());
}

TEST_CASE("every map finds a step's box directly and spreads the arrows leaving a step") {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    auto result = pw::load_and_validate(files.files);
    REQUIRE(result.ok());
    for (const pw::CaseType& ct : result.model.case_types) {
        CAPTURE(ct.id);
        const auto layout = pw::layout_swimlanes(result.model, ct);
        for (std::size_t i = 0; i < ct.steps.size(); ++i) {
            const pw::StepBox* box = layout.box_for_step(i);
            REQUIRE(box);
            CHECK(box->step == i);
        }
        CHECK(layout.box_for_step(ct.steps.size()) == nullptr);
        // Per step, its forward arrows are numbered 0..n-1 and all know n.
        for (std::size_t i = 0; i < ct.steps.size(); ++i) {
            std::vector<int> places;
            int count = 0;
            for (const auto& c : layout.connectors)
                if (c.from_step == i && !c.backwards) {
                    places.push_back(c.sibling);
                    count = c.siblings;
                }
            for (std::size_t k = 0; k < places.size(); ++k)
                CHECK(places[k] == static_cast<int>(k));
            if (!places.empty()) CHECK(count == static_cast<int>(places.size()));
        }
    }
}

// Each label of a map takes cells (lane, slot) of the grid the views draw:
// a step's box its slots in its lane, an outcome label the empty slots after
// its decision, a flow's chip its slot in the lane it names, a sender's
// "van ..." its slot in the sender's lane. Two labels in one cell overlap.
TEST_CASE("on every real map no two labels take the same place") {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    auto result = pw::load_and_validate(files.files);
    REQUIRE(result.ok());
    for (const pw::CaseType& ct : result.model.case_types) {
        const auto layout = pw::layout_swimlanes(result.model, ct);
        std::map<std::pair<int, int>, std::string> taken;
        auto take = [&](int lane, int slot, const std::string& what) {
            const auto placed = taken.emplace(std::pair{lane, slot}, what);
            const std::string other = placed.first->second;
            INFO(ct.id << ": lane " << lane << ", slot " << slot);
            CHECK_MESSAGE(placed.second, what << " overlaps " << other);
        };
        for (const pw::StepBox& b : layout.boxes) {
            const std::string& id = ct.steps[b.step].id;
            for (int s = b.first_slot; s < b.first_slot + b.slot_count; ++s)
                take(b.lane, s, "step " + id);
            bool labelled = false;
            for (const auto& c : layout.connectors)
                labelled = labelled || (c.from_step == b.step && !c.backwards && !c.label.empty());
            if (labelled)
                CHECK_MESSAGE(b.label_slots > 0, "outcome labels of " << id << " have no room");
            for (int s = 0; s < b.label_slots; ++s)
                take(b.lane, b.first_slot + b.slot_count + s, "outcome labels of " + id);
            for (const pw::FlowMark& m : b.marks) {
                const bool chip_at_recipient = m.to_lane != b.lane;
                const int chip_lane = chip_at_recipient ? m.to_lane : m.from_lane;
                take(chip_lane, m.slot, "flow chip of " + id);
                if (m.from_lane != b.lane && m.from_lane != chip_lane)
                    take(m.from_lane, m.slot, "sender of a flow of " + id);
            }
        }
    }
}
