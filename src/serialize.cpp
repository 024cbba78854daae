// Article -> JSON, and the JSON lines read by --jsonl-in. The only file that includes nlohmann; ordered_json keeps
// RECORD.md's key order.
#include "archive/archive.hpp"
#include "batch_parts.hpp"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

namespace archive {

namespace embedded {
std::string_view schema_json();
}

namespace {

using Json = nlohmann::ordered_json;

Json opt(const std::optional<std::string>& s) {
    return s ? Json(*s) : Json(nullptr);
}

const char* name(QuoteKind k) {
    switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::indirect: return "indirect";
    }
    return "direct";
}

const char* name(Where w) {
    switch (w) {
    case Where::headline: return "headline";
    case Where::lede: return "lede";
    case Where::body: return "body";
    case Where::caption: return "caption";
    }
    return "body";
}

Json strings(const std::vector<std::string>& v) {
    Json out = Json::array();
    for (const auto& s : v)
        out.push_back(s);
    return out;
}

Json record(const Article& a) {
    Json j;
    j["schema_version"] = 1;
    j["input"] = {{"path", a.input.path}, {"bytes", a.input.bytes}, {"sha256", a.input.sha256},
                  {"encoding", a.input.encoding}};
    j["language"] = opt(a.language);
    j["kicker"] = opt(a.kicker);
    j["headline"] = opt(a.headline);
    j["lede"] = opt(a.lede);
    j["authors"] = strings(a.authors);
    j["published"] = opt(a.published);
    j["updated"] = opt(a.updated);
    j["dateline"] = opt(a.dateline);
    if (a.source_tag)
        j["source_tag"] = {{"raw", a.source_tag->raw}, {"agencies", strings(a.source_tag->agencies)}};
    else
        j["source_tag"] = nullptr;
    j["media"] = Json::array();
    for (const auto& m : a.media)
        j["media"].push_back({{"caption", opt(m.caption)}, {"credit", opt(m.credit)}});
    j["sections"] = Json::array();
    for (const auto& s : a.sections)
        j["sections"].push_back({{"heading", opt(s.heading)}, {"paragraphs", strings(s.paragraphs)}});
    j["quotes"] = Json::array();
    for (const auto& q : a.quotes) {
        Json jq = {{"text", q.text}, {"kind", name(q.kind)}, {"speaker", opt(q.speaker)},
                   {"mention", opt(q.mention)}, {"cue", opt(q.cue)}, {"where", name(q.where)}};
        if (q.where == Where::body) {
            jq["section"] = q.section;
            jq["paragraph"] = q.paragraph;
        }
        j["quotes"].push_back(std::move(jq));
    }
    j["boilerplate"] = strings(a.boilerplate);
    j["warnings"] = strings(a.warnings);
    return j;
}

} // namespace

std::string to_json(const Article& article, bool pretty) {
    // Invalid UTF-8 cannot reach here from parse(), but a hand-built Article might hold it: replace, never throw.
    std::string out = record(article).dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
    out += '\n';
    return out;
}

batch::JsonlLine batch::parse_jsonl_line(const std::string& line) {
    static constexpr const char* shape = " (a line must be {\"id\": ..., \"text\": \"...\"})";
    JsonlLine out;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        out.error = "invalid JSON at byte " + std::to_string(e.byte) + shape;
        return out;
    }
    if (!j.is_object()) {
        out.error = std::string("not a JSON object") + shape;
        return out;
    }
    auto id = j.find("id");
    if (id == j.end() || !(id->is_string() || id->is_number())) {
        out.error = "\"id\" missing or neither a string nor a number";
        return out;
    }
    out.id = id->is_string() ? id->get<std::string>() : id->dump();
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
        out.error = "\"text\" missing or not a string";
        return out;
    }
    out.text = std::move(text->get_ref<std::string&>());
    return out;
}

std::string_view json_schema() {
    return embedded::schema_json();
}

std::string_view version() {
    return ARCHIVE_VERSION;
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(len * 2);
    for (unsigned int i = 0; i < len; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

} // namespace archive
