// UI chrome in Dutch (default) and English. Protocol text never lives here:
// it comes from content/ only.
#pragma once

namespace pw::ui {

enum class Language { nl, en };

enum class Text {
    app_title,
    app_subtitle,
    loading,
    content_failed_title,
    content_failed_intro,
    content_failed_fetch,
    diagnostics_count,
    select_step_hint,
    overview,
    who,
    what,
    question,
    outcomes,
    flows,
    flow_from,
    flow_to,
    channel,
    channel_insecure,
    data,
    always_shared,
    purpose,
    systems,
    condition,
    how,
    legal_basis,
    principles,
    sources,
    illustrative,
    next_steps,
    kind_task,
    kind_decision,
    kind_end,
    trigger,
    annex,
    internal_flows,
    back_to_overview,
    language_switch,
    count_
};

void set_language(Language language);
Language language();
const char* tr(Text text);

} // namespace pw::ui
