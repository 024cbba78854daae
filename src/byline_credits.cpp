// A wire story's credit line under its text: "Reporting by Jane Roe in London; Editing by John Doe". The pieces cut
// apart by semicolons credit the reporters, who are the authors, and the editors, who are not. The newsroom's credit
// closing a compiled text: "Revue de presse réalisée par la rédaction de Radio Lorval.", "Compiled by our staff".
#include "classify.hpp"
#include "page.hpp"

#include "bylines.hpp"
#include "report_credits.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <functional>

namespace archive {

namespace {

// The longest phrase of `phrases` (lower-cased, as the lexicon writes them) that opens `low` before a space or a
// colon -> its size; 0 for none.
std::size_t opening_phrase(std::string_view low, const LexiconSection& phrases) {
    std::size_t best = 0;
    for (const std::string_view phrase : phrases.entries)
        if (phrase.size() > best && low.size() > phrase.size() + 1 && low.starts_with(phrase) &&
            (low[phrase.size()] == ' ' || low[phrase.size()] == ':'))
            best = phrase.size();
    return best;
}

// "Jane Roe in London and Sam Vale in Leeds" -> "Jane Roe and Sam Vale": the names of a credit without the places
// the reporters wrote from (a word of the lexicon section credit_place_words and a capitalised word, closing the
// names or before a joiner).
std::string without_places(std::string_view names) {
    static const LexiconSection& places = any_language_section("credit_place_words");
    const auto words = text::split_ws(names);
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (k > 0 && k + 1 < words.size() && places.has(text::lower(words[k])) && text::starts_upper(words[k + 1]) &&
            (k + 2 == words.size() || author_joiner(words[k + 2]))) {
            ++k;
            continue;
        }
        if (!out.empty())
            out += ' ';
        out += words[k];
    }
    return out;
}

// "Video" / <headline>, "Vidéo" / "Live" / <headline>: a video player's word alone on a line (lexicon section
// video_markers) one or two lines over the headline `h`, or "Duration 2:41", "Durée : 1:58" (player_duration_labels
// opening a line) among the three under it: a video's page.
bool video_head(const Page& p, std::size_t h) {
    static const LexiconSection* markers = common_lexicon().section("video_markers");         // (looked up once)
    const std::size_t above = 2, below = 3;
    for (std::size_t k = h > above ? h - above : 0; k < h; ++k)
        if (p.blocks[k].words == 1 && markers != nullptr && markers->has(text::trim(p.blocks[k].lower)))
            return true;
    for (std::size_t k = h + 1; k < p.blocks.size() && k <= h + below; ++k)
        if (duration_label_opening(p.blocks[k]))
            return true;
    return false;
}

} // namespace

std::optional<std::vector<std::string>> closing_report_credit(std::string_view text, std::string_view language) {
    const std::size_t most_words = 8;
    const Lexicon* lex = lexicon(language);
    const LexiconSection* openings = lex != nullptr ? lex->section("report_credit_openings") : nullptr;
    const LexiconSection* closings = lex != nullptr ? lex->section("report_credit_closings") : nullptr;
    std::string_view t = text::trim(text);
    if ((openings == nullptr && closings == nullptr) || !t.ends_with('.'))
        return std::nullopt;
    t.remove_suffix(1);
    // The last sentence: after the last stop, "!" or "?" before a space and a capital. (A credit alone is a byline's.)
    std::size_t from = 0;
    for (std::size_t k = t.size() > 2 ? t.size() - 2 : 0; k > 0 && from == 0; --k)
        if ((t[k - 1] == '.' || t[k - 1] == '!' || t[k - 1] == '?') && t[k] == ' ' &&
            text::starts_upper(t.substr(k + 1)))
            from = k + 1;
    if (from == 0)
        return std::nullopt;
    const auto words = text::split_ws(t.substr(from));
    if (words.size() < 3 || words.size() > most_words)
        return std::nullopt;
    std::vector<std::string> low;
    for (const std::string_view w : words)
        low.push_back(text::lower(w));
    // The name's words: after the opening phrase, or before the closing word and after the outlet's possessive.
    std::size_t first = 0, last = words.size();
    if (openings != nullptr)
        for (const auto& phrase : openings->phrases())
            if (phrase.size() > first && phrase.size() < words.size() &&
                std::equal(phrase.begin(), phrase.end(), low.begin()))
                first = phrase.size();
    if (first == 0) {
        if (closings == nullptr || !closings->has(low.back()))
            return std::nullopt;
        last = words.size() - 1;
        for (std::size_t k = 0; k + 1 < last; ++k)
            if (low[k].ends_with("'s") || low[k].ends_with("\u2019s"))
                first = k + 1;
    }
    const std::string_view name = t.substr(static_cast<std::size_t>(words[first].data() - t.data()),
                                           static_cast<std::size_t>(words[last - 1].data() + words[last - 1].size() -
                                                                    words[first].data()));
    // (Read as a byline opened by "by", as wire_credit_authors() reads its credits' names.)
    auto names = byline_authors("by " + std::string(name), language);
    if (!names || names->empty())
        return std::nullopt;
    return names;
}

void mark_report_credit(Page& p) {
    Article& a = p.article;
    if (!a.authors.empty())
        return;
    if (a.lede)
        if (auto names = closing_report_credit(*a.lede, p.language)) {
            a.authors = std::move(*names);
            return;
        }
    const auto at = std::find(p.role.begin(), p.role.end(), Role::headline);
    if (at == p.role.end())
        return;
    const auto h = static_cast<std::size_t>(at - p.role.begin());
    // The video's description: the first paragraph under its head's lines (its player's, its date's).
    const std::size_t reach = 5;
    const int least_words = 8;
    for (std::size_t k = h + 1; k < p.blocks.size() && k <= h + reach; ++k) {
        const Block& b = p.blocks[k];
        if (!(p.role[k] == Role::none || p.role[k] == Role::paragraph) || b.words < least_words || !b.end_punct)
            continue;
        if (!video_head(p, h))
            return;
        if (auto names = closing_report_credit(b.text, p.language))
            a.authors = std::move(*names);
        return;
    }
}

std::optional<std::vector<std::string>> wire_credit_authors(std::string_view line, std::string_view language) {
    static const LexiconSection& writing = any_language_section("writing_credits");
    static const LexiconSection& editing = any_language_section("editing_credits");
    // (A line opening with the first letter of no writing credit is settled on its first byte.)
    if (line.empty() || writing.entries.empty())
        return std::nullopt;
    const char front = static_cast<char>(line.front() | 0x20);
    if (std::none_of(writing.entries.begin(), writing.entries.end(),
                     [front](std::string_view phrase) { return phrase.front() == front; }))
        return std::nullopt;
    std::vector<std::string> names;
    bool first = true;
    for (std::size_t from = 0; from <= line.size();) {
        const std::size_t to = std::min(line.find(';', from), line.size());
        const std::string_view piece = text::trim(line.substr(from, to - from));
        from = to + 1;
        if (piece.empty())
            continue;
        const std::string low = text::lower(piece);
        // "Editing by John Doe": an editor is credited, no author.
        if (!first && opening_phrase(low, editing) > 0)
            continue;
        const std::size_t credit = opening_phrase(low, writing);
        // The line opens with a writing credit, and every piece is one: a sentence holding a semicolon is none.
        if (credit == 0)
            return std::nullopt;
        first = false;
        // "Jane Roe and Sam Vale in London": the names of a byline, read as one opened by "by", without the places.
        const auto credited = byline_authors("by " + without_places(piece.substr(credit + 1)), language);
        if (!credited || credited->empty())
            return std::nullopt;
        for (const auto& name : *credited)
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
    }
    if (names.empty())
        return std::nullopt;
    return names;
}

void mark_wire_credit(Page& p, std::size_t re) {
    // The credit closes the story's text: the region's last lines or the first ones under it.
    const std::size_t before = 3, after = 3;
    const std::size_t from = re >= before ? re - before : 0;
    for (std::size_t i = from; i < p.blocks.size() && i <= re + after; ++i) {
        if (p.role[i] != Role::none)
            continue;
        if (auto names = wire_credit_authors(p.blocks[i].text, p.language)) {
            for (auto& name : *names)
                if (!agency_id(name))
                    p.article.authors.push_back(std::move(name));
            return;
        }
    }
}

// "Revue de presse réalisée par la rédaction de Radio Lorval.", "Zusammengestellt von der Redaktion", "Compiled by our
// staff.", "A cura della redazione": a phrase of compiling (lexicon section desk_credit_phrases) among the line's
// first words, then the newsroom: an article or a possessive at most (desk_byline_opener_words, "der", "della"), then a
// newsroom's word (desk_word(), or desk_byline_words: "staff"). A short line (sixteen words at most).
bool desk_credit(const Block& b) {
    const int most_words = 16;
    const std::size_t most_before = 4; // words before the phrase: "Revue de presse"
    if (b.words < 3 || b.words > most_words || b.digits > 0 || b.urls > 0)
        return false;
    static const LexiconSection& phrases = any_language_section("desk_credit_phrases");
    static const LexiconSection& openers = any_language_section("desk_byline_opener_words");
    static const LexiconSection& staff = any_language_section("desk_byline_words");
    // (the phrases' first words, sorted once: a line none of whose first words opens a phrase is read no further)
    static const std::vector<std::string> openings = [] {
        std::vector<std::string> firsts;
        for (const auto& phrase : phrases.phrases())
            if (!phrase.empty())
                firsts.emplace_back(phrase.front());
        std::sort(firsts.begin(), firsts.end());
        firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
        return firsts;
    }();
    // (and their first bytes: most words open with none, and are turned away before the search's string compares)
    static const std::array<bool, 256> opening_bytes = [] {
        std::array<bool, 256> table{};
        for (const std::string& first : openings)
            if (!first.empty())
                table[static_cast<unsigned char>(first[0])] = true;
        return table;
    }();
    const text::Words& words = b.lower_words();
    const auto opens = [&words](std::size_t at) {
        return !words[at].empty() && opening_bytes[static_cast<unsigned char>(words[at][0])] &&
               std::binary_search(openings.begin(), openings.end(), words[at], std::less<>());
    };
    bool any = false;
    for (std::size_t at = 0; at <= most_before && at < words.size() && !any; ++at)
        any = opens(at);
    if (!any)
        return false;
    for (const auto& phrase : phrases.phrases()) {
        if (phrase.empty())
            continue;
        for (std::size_t at = 0; at <= most_before && at + phrase.size() < words.size(); ++at) {
            if (!std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at)))
                continue;
            std::size_t desk = at + phrase.size();
            if (desk + 1 < words.size() && openers.has(words[desk]))
                ++desk;
            const std::string_view w = words[desk];
            return desk_word(w) || staff.has(w);
        }
    }
    return false;
}

void mark_desk_credit(Page& p, std::size_t re) {
    // The credit closes the text: the region's last lines or the first ones under it.
    const std::size_t before = 2, after = 3;
    const std::size_t from = re >= before ? re - before : 0;
    for (std::size_t i = from; i < p.blocks.size() && i <= re + after; ++i)
        if ((p.role[i] == Role::none || p.role[i] == Role::boilerplate) && desk_credit(p.blocks[i])) {
            p.role[i] = Role::byline;
            return;
        }
}

} // namespace archive
