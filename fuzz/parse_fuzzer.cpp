// libFuzzer target over parse() + to_json(): whatever the bytes, no crash, valid UTF-8 JSON, and no input line lost.
// Build and run it with scripts/fuzz.sh. A violated property prints what and why on stderr and aborts.
#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

[[noreturn]] void fail(const char* property, std::string_view detail) {
    std::size_t shown = std::min<std::size_t>(detail.size(), 600);
    std::fprintf(stderr, "parse_fuzzer: property violated: %s\n  detail (%zu bytes): %.*s\n", property, detail.size(),
                 static_cast<int>(shown), detail.data());
    std::abort();
}

// Strict UTF-8: shortest forms only, no surrogates, nothing above U+10FFFF. Calls f(code point) for each one.
template <typename F>
bool for_each_cp(std::string_view s, F&& f) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (b0 < 0x80) {
            n = 1;
            cp = b0;
        } else if ((b0 & 0xE0) == 0xC0) {
            n = 2;
            cp = b0 & 0x1Fu;
            min = 0x80;
        } else if ((b0 & 0xF0) == 0xE0) {
            n = 3;
            cp = b0 & 0x0Fu;
            min = 0x800;
        } else if ((b0 & 0xF8) == 0xF0) {
            n = 4;
            cp = b0 & 0x07u;
            min = 0x10000;
        } else {
            return false;
        }
        if (s.size() - i < n)
            return false;
        for (std::size_t k = 1; k < n; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        f(cp);
        i += n;
    }
    return true;
}

bool valid_utf8(std::string_view s) {
    return for_each_cp(s, [](char32_t) {});
}

// The white space that segmentation collapses (decode() should already have turned the exotic ones into ' ').
bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x3000;
}

// Runs of white space become one ' ', both ends trimmed. Input is valid UTF-8 (checked before).
std::string collapse(std::string_view line) {
    std::string out;
    bool pending = false;
    std::size_t start = 0;
    std::size_t pos = 0;
    for_each_cp(line, [&](char32_t cp) {
        std::size_t len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        start = pos;
        pos += len;
        if (is_space(cp)) {
            pending = !out.empty();
            return;
        }
        if (pending)
            out += ' ';
        pending = false;
        out.append(line.substr(start, len));
    });
    return out;
}

void visit_strings(const archive::Article& a, std::vector<std::string_view>& out) {
    auto add = [&out](const std::optional<std::string>& s) {
        if (s)
            out.emplace_back(*s);
    };
    add(a.language);
    add(a.kicker);
    add(a.headline);
    add(a.lede);
    for (const auto& s : a.authors)
        out.emplace_back(s);
    add(a.published);
    add(a.updated);
    add(a.dateline);
    if (a.source_tag) {
        out.emplace_back(a.source_tag->raw);
        for (const auto& s : a.source_tag->agencies)
            out.emplace_back(s);
    }
    for (const auto& m : a.media) {
        add(m.caption);
        add(m.credit);
    }
    for (const auto& sec : a.sections) {
        add(sec.heading);
        for (const auto& p : sec.paragraphs)
            out.emplace_back(p);
    }
    for (const auto& q : a.quotes) {
        out.emplace_back(q.text);
        add(q.speaker);
        add(q.mention);
        add(q.cue);
    }
    for (const auto& s : a.boilerplate)
        out.emplace_back(s);
    for (const auto& s : a.warnings)
        out.emplace_back(s);
    out.emplace_back(a.input.encoding);
}

void check_json(const std::string& out, const char* which) {
    if (out.empty() || out.back() != '\n')
        fail("to_json output ends with a newline", which);
    if (!valid_utf8(out))
        fail("to_json output is valid UTF-8", out);
}

nlohmann::json parse_json(const std::string& out) {
    try {
        return nlohmann::json::parse(out);
    } catch (const nlohmann::json::exception& e) {
        fail("to_json output is valid JSON", e.what());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view raw(reinterpret_cast<const char*>(data), size);

    archive::Article article;
    try {
        article = archive::parse(raw, "fuzz.txt");
    } catch (const archive::Error&) {
        return 0; // refused as not text: an allowed outcome
    }

    if (article.input.bytes != size || article.input.sha256.size() != 64 || article.input.encoding.empty())
        fail("input.bytes, input.sha256 and input.encoding describe the input", article.input.encoding);

    // decode() contract: valid UTF-8, no control characters but "\n" and "\t".
    archive::Decoded decoded = archive::decode(raw);
    if (!valid_utf8(decoded.text))
        fail("decoded text is valid UTF-8", decoded.text);
    std::size_t offset = 0;
    for_each_cp(decoded.text, [&](char32_t cp) {
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp <= 0x9F)) {
            char where[64];
            std::snprintf(where, sizeof where, "U+%04X at byte %zu of the decoded text", static_cast<unsigned>(cp),
                          offset);
            fail("decoded text has no control characters but LF and TAB", where);
        }
        offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    });

    // Every string of the record is valid UTF-8 (to_json would silently replace bad bytes, hiding corruption).
    std::vector<std::string_view> strings;
    visit_strings(article, strings);
    for (std::string_view s : strings)
        if (!valid_utf8(s))
            fail("every record string is valid UTF-8", s);

    std::string pretty = archive::to_json(article, true);
    std::string compact = archive::to_json(article, false);
    check_json(pretty, "pretty");
    check_json(compact, "compact");
    if (compact.find('\n') != compact.size() - 1)
        fail("compact JSON is one line", compact);
    nlohmann::json jp = parse_json(pretty);
    nlohmann::json jc = parse_json(compact);
    if (jp != jc)
        fail("pretty and compact JSON hold the same record", compact);
    if (article.headline && jc["headline"] != *article.headline)
        fail("JSON headline round-trips", *article.headline);

    // Lossless: every non-blank decoded line, white space collapsed, is held by the record (lost_lines(), the contract
    // golden_test checks too). The lines are collapsed first by collapse() above, a plain code-point loop apart from
    // the library's word-at-a-time text::collapse, so that a white space that one misses still fails here.
    std::string lines;
    std::string_view txt = decoded.text;
    std::size_t pos = 0;
    while (pos <= txt.size()) {
        std::size_t end = txt.find('\n', pos);
        if (end == std::string_view::npos)
            end = txt.size();
        lines += collapse(txt.substr(pos, end - pos));
        lines += '\n';
        pos = end + 1;
    }
    const std::vector<std::string> lost = archive::lost_lines(article, lines);
    if (!lost.empty())
        fail("every non-blank input line is held by the record (lossless)", lost.front());
    return 0;
}
