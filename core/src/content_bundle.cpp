// The browser bundle: every content file in one download, parsed once. Each
// file's JSON is embedded as it is written, so the bundle's parse yields every
// file's value, and the offsets give back each file's text for the lines of
// diagnostics (found only when one is needed, see LineIndex).
#include "pw/content_loader.hpp"

#include <charconv>

namespace pw {
namespace {

using nlohmann::json;

const char* const kBundleName = "content.json (bundel)";

// "/files/3/doc/steps/0" -> file 3, "/steps/0"; anything else is the bundle's own.
bool split_file_pointer(const std::string& pointer, std::size_t& index, std::string& rest) {
    const std::string prefix = "/files/";
    if (pointer.rfind(prefix, 0) != 0) return false;
    const char* first = pointer.data() + prefix.size();
    const char* last = pointer.data() + pointer.size();
    const auto [end, error] = std::from_chars(first, last, index);
    if (error != std::errc() || std::string_view(end, last - end).rfind("/doc", 0) != 0)
        return false;
    rest = std::string(end + 4, last);
    return rest.empty() || rest.front() == '/';
}

// Whether text[first, end) is one JSON object, give or take surrounding white space.
bool holds_an_object(std::string_view text, std::size_t first, std::size_t end) {
    if (first >= end || end > text.size()) return false;
    const std::string_view part = text.substr(first, end - first);
    const std::size_t open = part.find_first_not_of(" \t\r\n");
    const std::size_t close = part.find_last_not_of(" \t\r\n");
    return open != std::string_view::npos && part[open] == '{' && part[close] == '}';
}

} // namespace

std::vector<ContentSource> read_bundle(std::string_view text, Diagnostics& diagnostics,
                                       ContentVersion* version) {
    auto broken = [&](std::string message) {
        diagnostics.push_back({Severity::error, kBundleName, "", 0, std::move(message)});
        return std::vector<ContentSource>{};
    };
    JsonParseOutcome parsed = parse_json_document(text, kMaxBundleBytes);
    if (!parsed.ok) {
        diagnostics.push_back({Severity::error, kBundleName, "", parsed.error_line, parsed.error});
        return {};
    }
    json& root = parsed.document.root;
    if (!root.is_object() || !root.contains("files") || !root["files"].is_array())
        return broken("de bundel heeft geen lijst \"files\"; bouw hem opnieuw met "
                      "tools/bundle_content.py.");
    json& files = root["files"];
    if (!root.contains("offsets") || !root["offsets"].is_array() ||
        root["offsets"].size() != files.size())
        return broken("de bundel heeft geen \"offsets\" voor elk bestand; bouw hem opnieuw met "
                      "tools/bundle_content.py.");
    const json& offsets = root["offsets"];
    if (version && root.contains("version") && root["version"].is_object()) {
        const json& v = root["version"];
        if (v.contains("version") && v["version"].is_string()) version->version = v["version"];
        if (v.contains("date") && v["date"].is_string()) version->date = v["date"];
    }

    std::vector<ContentSource> out;
    std::vector<std::shared_ptr<JsonDocument>> documents;
    for (std::size_t i = 0; i < files.size(); ++i) {
        json& entry = files[i];
        const std::string where = "bundelbestand " + std::to_string(i + 1);
        if (!entry.is_object() || !entry.contains("path") || !entry["path"].is_string() ||
            entry["path"].get_ref<const std::string&>().empty() || !entry.contains("doc") ||
            !entry["doc"].is_object() || entry.size() != 2)
            return broken(where +
                          " heeft niet precies een \"path\" (tekst) en een \"doc\" (object).");
        const json& range = offsets[i];
        const bool numbers = range.is_array() && range.size() == 2 &&
                             range[0].is_number_unsigned() && range[1].is_number_unsigned();
        const std::size_t first = numbers ? range[0].get<std::size_t>() : 0;
        const std::size_t end = numbers ? range[1].get<std::size_t>() : 0;
        // Offsets that do not frame the embedded object mean the bundle was edited
        // by hand; the lines of diagnostics would be wrong.
        if (!numbers || !holds_an_object(text, first, end))
            return broken(where + " (" + entry["path"].get<std::string>() +
                          "): de offsets kloppen niet met de tekst; is content.json met de hand "
                          "bewerkt? Bouw de bundel opnieuw met tools/bundle_content.py.");

        auto document = std::make_shared<JsonDocument>();
        document->root = std::move(entry["doc"]);
        std::string file_text(text.substr(first, end - first));
        document->lines = LineIndex(file_text);
        out.push_back(ContentSource{entry["path"].get<std::string>(), std::move(file_text), {}});
        documents.push_back(std::move(document));
    }
    for (const std::string& pointer : parsed.document.duplicate_keys) {
        std::size_t index = 0;
        std::string rest;
        if (split_file_pointer(pointer, index, rest) && index < out.size())
            documents[index]->duplicate_keys.push_back(rest);
        else
            return broken("veld " + pointer + " staat twee keer in de bundel.");
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].parsed = std::move(documents[i]);
    return out;
}

std::string write_bundle(const std::vector<ContentSource>& files, const ContentVersion& version) {
    std::string out = "{\"files\":[";
    json offsets = json::array();
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (i > 0) out += ',';
        out += "{\"path\":" + json(files[i].path).dump() + ",\"doc\":";
        offsets.push_back({out.size(), out.size() + files[i].text.size()});
        out += files[i].text;
        out += '}';
    }
    out += "],\"offsets\":" + offsets.dump() +
           ",\"version\":" + json{{"version", version.version}, {"date", version.date}}.dump() +
           "}";
    return out;
}

LoadResult load_bundle(std::string_view text) {
    Diagnostics problems;
    ContentVersion version;
    LoadResult result = load_and_validate(read_bundle(text, problems, &version));
    result.version = std::move(version);
    result.diagnostics.insert(result.diagnostics.begin(), problems.begin(), problems.end());
    return result;
}

} // namespace pw
