#include "classify.hpp"
#include "page.hpp"

#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <tuple>

namespace archive {

// ---------------------------------------------------------------------------------------------------------------
// Line heuristics
// ---------------------------------------------------------------------------------------------------------------

double stopword_density(std::string_view line, std::string_view language) {
    // One look-up per word tells which languages have it as a stopword.
    const auto& langs = languages();
    std::vector<int> hits(langs.size(), 0);
    std::size_t words = 0;
    std::string w;
    for (std::size_t i = 0; text::next_word_lower(line, i, w); ++words)
        if (std::uint32_t mask = stopword_languages(w))
            for (std::size_t k = 0; k < langs.size(); ++k)
                hits[k] += static_cast<int>((mask >> k) & 1U);
    if (words == 0)
        return 0.0;
    auto density = [&](std::size_t k) { return static_cast<double>(hits[k]) / static_cast<double>(words); };
    if (const Lexicon* lex = lexicon(language))
        return density(static_cast<std::size_t>(std::find(langs.begin(), langs.end(), lex) - langs.begin()));
    double best = 0.0;
    for (std::size_t k = 0; k < langs.size(); ++k)
        best = std::max(best, density(k));
    return best;
}

bool is_boilerplate_phrase(std::string_view line) {
    std::string low = text::lower(text::collapse(line));
    while (!low.empty() && (low.back() == ':' || low.back() == '.' || low.back() == '!'))
        low.pop_back();
    if (low.empty())
        return false;
    if (any_language_has("boilerplate", low))
        return true;
    // "Lire aussi | Transport par câble...", "Read more: ...", "Mehr zum Thema: ...": a related-link prefix, then a
    // separator, then at least two more bytes.
    const LexiconSection& related = any_language_section("related_prefixes");
    const std::string_view view = low;
    for (std::size_t at = view.find_first_of(" :"); at != std::string_view::npos && at <= related.longest;
         at = view.find_first_of(" :", at + 1)) {
        std::string_view rest = view.substr(at);
        bool separator = rest.rfind(" |", 0) == 0 || rest.rfind(":", 0) == 0 || rest.rfind(" »", 0) == 0 ||
                         rest.rfind(" >", 0) == 0 || rest.rfind(" -", 0) == 0 || rest.rfind(" –", 0) == 0;
        if (separator && view.size() > at + 2 && related.has(view.substr(0, at)))
            return true;
    }
    // "Skip to contentSkip to navigation", "Zum Inhalt springen Zur Hauptnavigation springen": the links for
    // screen readers that open a page, often glued together.
    std::string_view raw = text::trim(line);
    if (std::count(low.begin(), low.end(), ' ') < 12 && !raw.empty() && raw.back() != '.' && raw.back() != '?')
        for (const auto& prefix : any_language_section("skip_links").entries)
            if (view.rfind(prefix, 0) == 0)
                return true;
    // "5 min read", "Lesezeit: 3 Min.", "Temps de lecture : 4 minutes": how long the article takes to read.
    if (std::count(low.begin(), low.end(), ' ') < 6 && low.find_first_of("0123456789") != std::string::npos)
        for (const auto& phrase : any_language_section("reading_time").entries)
            if (low.find(phrase) != std::string::npos)
                return true;
    // "© 2025 Example Media", "Copyright 2024"
    return low.find("©") != std::string::npos || low.rfind("copyright", 0) == 0;
}

namespace {

// Chinese and Japanese text has no spaces between words: count ideographs and kana instead.
bool cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
}

Quality cjk_quality(std::string_view s, std::size_t& cjk_count) {
    bool sentence_punct = false;
    std::size_t i = 0;
    cjk_count = 0;
    while (i < s.size()) {
        char32_t cp = text::next_cp(s, i);
        cjk_count += cjk(cp);
        sentence_punct = sentence_punct || cp == 0x3002 || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF01 || cp == 0xFF1F;
    }
    if (cjk_count >= 40 && sentence_punct)
        return Quality::good;
    if (cjk_count >= 12 && sentence_punct)
        return Quality::near_good;
    return cjk_count >= 12 ? Quality::bad : Quality::short_;
}

} // namespace

bool is_consent_notice(std::string_view line) {
    // "We use cookies to improve your experience..." / "Ce site utilise des cookies afin de..."
    int cookie = 0, context = 0, words = 0;
    const LexiconSection* cookie_words = common_lexicon().section("consent_words");
    const LexiconSection* context_words = common_lexicon().section("consent_context_words");
    if (cookie_words == nullptr || context_words == nullptr)
        return false;
    // Every word is a piece of the lower-cased line: no cookie word there, no cookie word among the words.
    const std::string low = text::lower(line);
    if (std::none_of(cookie_words->entries.begin(), cookie_words->entries.end(),
                     [&low](const std::string& c) { return low.find(c) != std::string::npos; }))
        return false;
    // A paragraph of an article about tracking names cookies too, but among many other words: a banner
    // packs them, one in twenty words at least.
    std::string w;
    for (std::size_t i = 0; text::next_word_lower(line, i, w); ++words) {
        cookie += cookie_words->has(w);
        context += context_words->has(w);
    }
    return cookie > 0 && context >= 1 && (cookie + context) * 20 >= words;
}

Quality block_quality(const Block& b, std::string_view language) {
    if (b.boilerplate || is_consent_notice(b.text))
        return Quality::bad;
    if (b.words > 0 && (b.urls * 3 > b.words || b.separators * 4 > b.words))
        return Quality::bad;
    std::size_t len = text::length_cp(b.text);
    if (b.letters * 2 < static_cast<int>(len))
        return Quality::bad; // mostly digits and symbols
    if (b.words <= 6 && b.text.back() == '*')
        return Quality::bad; // a form field: "Name *", "E-Mail-Adresse *"
    std::size_t cjk_count = 0;
    Quality cq = cjk_quality(b.text, cjk_count);
    if (cjk_count * 2 > static_cast<std::size_t>(b.letters))
        return cq;
    if (len < 60)
        return Quality::short_;
    // A language without a word list here (Czech, Greek...): long punctuated prose in lower-case words.
    if (language.empty() && b.end_punct && b.words >= 12 && b.upper_initial * 3 < b.words && len >= 150)
        return Quality::good;
    double sw = stopword_density(b.text, language);
    if (sw >= 0.22 && (len >= 150 || b.end_punct))
        return Quality::good;
    if (sw >= 0.15 && b.end_punct)
        return Quality::near_good;
    if (sw >= 0.25)
        return Quality::near_good;
    if (language.empty() && b.end_punct && b.words >= 12 && b.upper_initial * 3 < b.words)
        return Quality::near_good;
    return Quality::bad;
}

std::optional<std::pair<std::string, std::string>> split_glued_kicker(std::string_view line) {
    // "Conflit«Vous faites à Mossoul...»": up to three words, the first capitalised, then an opening mark
    // with no space before it.
    std::size_t i = 0;
    int words = 1;
    if (!text::starts_upper(line))
        return std::nullopt;
    while (i < line.size()) {
        std::size_t at = i;
        char32_t cp = text::next_cp(line, i);
        if (cp == ' ') {
            if (++words > 3)
                return std::nullopt;
            continue;
        }
        if (text::is_open_quote(cp) || cp == '"') {
            if (at == 0 || line[at - 1] == ' ')
                return std::nullopt;
            std::string kicker = text::collapse(line.substr(0, at));
            std::string headline = text::collapse(line.substr(at));
            if (kicker.empty() || text::length_cp(headline) < 8)
                return std::nullopt;
            return std::make_pair(kicker, headline);
        }
        if (!text::is_letter(cp) && cp != '-' && cp != '\'')
            return std::nullopt;
    }
    return std::nullopt;
}

namespace {

std::optional<std::string> agency_id(std::string_view word) {
    std::string low = text::lower(text::trim(word));
    for (const auto& names : common_lexicon().phrase_list("agencies")) {
        for (std::size_t k = 1; k < names.size(); ++k)
            if (names[k] == low)
                return std::string(names[0]);
    }
    return std::nullopt;
}

bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
}

// "ats/afp", "jbm/ats", "AFP": slash-separated ids; at least one must be a known agency.
std::optional<std::vector<std::string>> agency_list(std::string_view inner) {
    std::vector<std::string> ids;
    bool any = false;
    std::size_t pos = 0;
    while (pos <= inner.size()) {
        std::size_t end = inner.find_first_of("/,", pos);
        if (end == std::string_view::npos)
            end = inner.size();
        std::string_view part = text::trim(inner.substr(pos, end - pos));
        if (part.empty() || part.size() > 12)
            return std::nullopt;
        for (char c : part)
            if (!is_id_char(c))
                return std::nullopt;
        if (auto id = agency_id(part)) {
            any = true;
            if (std::find(ids.begin(), ids.end(), *id) == ids.end())
                ids.push_back(*id);
        }
        pos = end + 1;
    }
    if (!any)
        return std::nullopt;
    return ids;
}

bool is_credit_word(std::string_view w);

} // namespace

std::optional<std::vector<std::string>> labelled_agency(std::string_view line) {
    line = text::trim(line);
    while (!line.empty() && line.front() == '|')
        line = text::trim(line.substr(1));
    auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    auto label = text::split_ws(line.substr(0, colon));
    if (label.empty() || label.size() > 3)
        return std::nullopt;
    for (auto w : label)
        for (std::size_t i = 0; i < w.size();)
            if (!text::is_letter(text::next_cp(w, i)))
                return std::nullopt;
    // "Foto: EFE", "Bild: dpa" credit a picture, not the text.
    for (auto w : label)
        if (is_credit_word(w))
            return std::nullopt;
    return agency_list(text::trim(line.substr(colon + 1)));
}

std::optional<std::vector<std::string>> agency_tag(std::string_view line) {
    line = text::trim(line);
    if (line.size() >= 3 && line.front() == '(' && line.back() == ')')
        return agency_list(line.substr(1, line.size() - 2));
    if (auto ids = labelled_agency(line))
        return ids;
    // "Keystone-ATS", "AFP", "— AFP", "Le Monde avec AFP", "avec Reuters"
    std::string_view body = line;
    if (body.rfind("— ", 0) == 0 || body.rfind("- ", 0) == 0 || body.rfind("– ", 0) == 0)
        body = text::trim(body.substr(body.find(' ')));
    auto words = text::split_ws(body, 7); // a tag has at most six words
    if (words.size() == 1) {
        if (auto id = agency_id(words[0]); id && words[0].size() >= 3 &&
                                           text::is_upper(static_cast<unsigned char>(words[0][0])))
            return std::vector<std::string>{*id};
        return std::nullopt;
    }
    if (words.size() >= 2 && words.size() <= 6) {
        std::string joiner = text::lower(words[words.size() - 2]);
        if (joiner == "avec" || joiner == "with" || joiner == "mit" || joiner == "con" || joiner == "und" ||
            joiner == "et" || joiner == "and") {
            if (auto id = agency_id(words.back()); id && text::starts_upper(words.back()))
                return std::vector<std::string>{*id};
        }
    }
    return std::nullopt;
}

std::optional<DatelineTag> dateline_tag(std::string_view paragraph) {
    // "PARIS (Reuters) - ...", "Berlin (dpa) - ...", "WASHINGTON (AP) — ...", "Puerto Bravío, 5 may (EFE).- ..."
    auto open = paragraph.find(" (");
    if (open == std::string_view::npos || open == 0 || open > 48)
        return std::nullopt;
    auto close = paragraph.find(')', open);
    if (close == std::string_view::npos || close - open > 24)
        return std::nullopt;
    auto ids = agency_list(paragraph.substr(open + 2, close - open - 2));
    if (!ids)
        return std::nullopt;
    std::string_view head = paragraph.substr(0, open);
    std::string_view place = head.substr(0, std::min(head.find(','), head.size()));
    for (auto w : text::split_ws(place))
        if (!text::starts_upper(w) && w != "de" && w != "del" && w != "am" && w != "an")
            return std::nullopt;
    if (place.empty() || text::split_ws(place).size() > 4)
        return std::nullopt;
    std::string_view rest = paragraph.substr(close + 1);
    std::size_t dash_len = 0;
    for (std::string_view dash : {" - ", " — ", " – ", " -- ", ".- ", ". - ", " -", ".-"})
        if (rest.rfind(dash, 0) == 0) {
            dash_len = dash.back() == ' ' ? dash.size() - 1 : dash.size();
            break;
        }
    if (dash_len == 0)
        return std::nullopt;
    DatelineTag tag;
    tag.raw = text::collapse(paragraph.substr(0, close + 1 + dash_len));
    tag.place = std::string(text::trim(place));
    tag.agencies = *ids;
    return tag;
}

namespace {

bool is_credit_word(std::string_view w) {
    std::string low = text::lower(w);
    while (!low.empty() && (low.back() == ',' || low.back() == ')' || low.back() == '.'))
        low.pop_back();
    while (!low.empty() && low.front() == '(')
        low.erase(0, 1);
    return common_lexicon().has("credit_words", low) || agency_id(low).has_value();
}

} // namespace

bool is_credit_line(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || text::length_cp(line) > 90)
        return false;
    std::string low = text::lower(line);
    std::string_view body = low;
    if (body.front() == '(' && body.back() == ')')
        body = body.substr(1, body.size() - 2);
    for (const auto& prefix : common_lexicon().list("credit_prefixes"))
        if (body.rfind(prefix, 0) == 0 && body.size() > prefix.size())
            return true;
    // "Archives, Reuters", "KEYSTONE/Peter Klaunzer", "Getty Images", "AFP PHOTO / John Doe"
    auto words = text::split_ws(line);
    if (words.size() > 6 || (!line.empty() && (line.back() == '.' && words.size() > 2)))
        return false;
    bool credit = false;
    for (auto w : words) {
        std::string_view part = w;
        // "KEYSTONE/Peter" counts on both sides of the slash.
        auto slash = part.find('/');
        if (slash != std::string_view::npos) {
            credit = credit || is_credit_word(part.substr(0, slash)) || is_credit_word(part.substr(slash + 1));
            continue;
        }
        if (!text::starts_upper(part) && part != "/" && part != "-" && part != "|")
            return false;
        credit = credit || is_credit_word(part);
    }
    return credit;
}

namespace {

// low.rfind(" " + word), trying only the spaces of `low` (its `spaces`, in increasing order).
std::size_t rfind_word(std::string_view low, const std::vector<std::size_t>& spaces, std::string_view word) {
    for (auto it = spaces.rbegin(); it != spaces.rend(); ++it)
        if (*it + 1 + word.size() <= low.size() && low.compare(*it + 1, word.size(), word) == 0)
            return *it;
    return std::string_view::npos;
}

} // namespace

std::optional<std::pair<std::string, std::string>> split_trailing_credit(std::string_view line) {
    // "Le président à Berne. (Photo: Keystone)", "Die neue Brücke. Bild: Keystone"
    line = text::trim(line);
    if (!line.empty() && line.back() == ')') {
        auto open = line.rfind('(');
        if (open != std::string_view::npos && open > 0 && is_credit_line(line.substr(open))) {
            std::string caption = text::collapse(line.substr(0, open));
            if (!caption.empty())
                return std::make_pair(caption, std::string(line.substr(open)));
        }
    }
    // "... le 20 octobre 2016. THOMAS VERNIER / AFP": a credit after the caption's last full stop.
    for (std::size_t dot = line.rfind(". "); dot != std::string_view::npos && dot > 0; dot = line.rfind(". ", dot - 1)) {
        std::string_view tail = text::trim(line.substr(dot + 1));
        if (text::split_ws(tail).size() > 6)
            break;
        if (is_credit_line(tail) && text::split_ws(line.substr(0, dot)).size() >= 3)
            return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
    }
    const std::string low = text::lower(line);
    std::vector<std::size_t> spaces;
    for (std::size_t k = 0; k < low.size(); ++k)
        if (low[k] == ' ')
            spaces.push_back(k);
    for (const auto& prefix : common_lexicon().list("credit_prefixes")) {
        if (prefix.size() < 4)
            continue;
        auto at = rfind_word(low, spaces, prefix);
        if (at != std::string::npos && at > 0 && is_credit_line(line.substr(at + 1))) {
            std::string caption = text::collapse(line.substr(0, at));
            return std::make_pair(caption, std::string(line.substr(at + 1)));
        }
    }
    return std::nullopt;
}

namespace {

// A person's name: 1 to 5 words, each capitalised (particles allowed), no digits.
bool name_like(std::string_view s) {
    auto words = text::split_ws(s);
    if (words.empty() || words.size() > 5)
        return false;
    static const std::set<std::string_view> particles = {"de", "du", "von", "van", "der", "den", "di", "da",
                                                         "del", "la", "le", "y", "bin", "al", "dos", "das"};
    int capitalised = 0;
    for (auto w : words) {
        for (char c : w)
            if (c >= '0' && c <= '9')
                return false;
        if (text::starts_upper(w))
            ++capitalised;
        else if (!particles.count(w))
            return false;
    }
    return capitalised >= 1;
}

std::vector<std::string> split_authors(std::string_view names, const std::vector<std::string>& joiners) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&]() {
        std::string n = text::collapse(cur);
        while (!n.empty() && (n.back() == ',' || n.back() == '.' || n.back() == ';'))
            n.pop_back();
        if (!n.empty())
            out.push_back(n);
        cur.clear();
    };
    for (auto w : text::split_ws(names)) {
        std::string low = text::lower(w);
        if (std::find(joiners.begin(), joiners.end(), low) != joiners.end() || w == "&") {
            flush();
            continue;
        }
        cur += ' ';
        cur += w;
        if (w.back() == ',' || w.back() == ';')
            flush();
    }
    flush();
    return out;
}

} // namespace

bool byline_word(std::string_view line) {
    std::string low = text::lower(text::collapse(line));
    for (const Lexicon* lex : languages())
        if (lex->has("byline", low))
            return true;
    return false;
}

std::optional<std::vector<std::string>> byline_authors(std::string_view line, std::string_view language) {
    std::string s = text::collapse(line);
    if (s.empty() || text::length_cp(s) > 160)
        return std::nullopt;
    std::string low = text::lower(s);
    // Which byline word opens the line? Try the page's language first, then every language.
    std::vector<const Lexicon*> order;
    if (const Lexicon* lex = lexicon(language))
        order.push_back(lex);
    for (const Lexicon* lex : languages())
        if (std::find(order.begin(), order.end(), lex) == order.end())
            order.push_back(lex);
    for (const Lexicon* lex : order) {
        for (const auto& word : lex->list("byline")) {
            if (low.size() <= word.size() + 1 || low.compare(0, word.size(), word) != 0)
                continue;
            char next = low[word.size()];
            if (next != ' ' && next != ':')
                continue;
            std::string rest = text::collapse(std::string_view(s).substr(word.size() + 1));
            if (!rest.empty() && rest.front() == ':')
                rest = text::collapse(rest.substr(1));
            if (!text::starts_upper(rest))
                continue;
            // "Par Martin Untersinger (avec Damien Leloup)": the parenthesis holds co-authors.
            std::string flat;
            for (char c : rest)
                if (c != '(' && c != ')')
                    flat += c;
            std::vector<std::string> joiners = lex->list("author_joiners");
            for (const Lexicon* other : languages())
                for (const auto& j : other->list("author_joiners"))
                    joiners.push_back(j);
            // Keep the leading run of name-like pieces ("By A, B and C"); without a joiner the comma opens
            // a job title ("By A, Senior Writer" keeps A).
            bool has_joiner = flat.find(" & ") != std::string::npos;
            for (auto w : text::split_ws(flat))
                has_joiner = has_joiner || std::find(joiners.begin(), joiners.end(), text::lower(w)) != joiners.end();
            if (!has_joiner && flat.find(',') != std::string::npos)
                flat = flat.substr(0, flat.find(','));
            std::vector<std::string> names;
            for (auto& piece : split_authors(flat, joiners)) {
                // "Jane Doe | Reuters", "Jean Dupont - Le Monde": cut at a separator.
                auto bar = piece.find(" |");
                if (bar != std::string::npos)
                    piece = piece.substr(0, bar);
                // "Von Sprachregeln, Gender-Politik und ...": a lone capitalised word is a German noun or a title
                // word, not a person; a lone agency ("Par AFP") is a source.
                if (!name_like(piece) || (text::split_ws(piece).size() < 2 && !agency_id(piece)))
                    break;
                names.push_back(piece);
            }
            if (names.empty())
                continue;
            return names;
        }
    }
    return std::nullopt;
}

bool heading_like(const Block& b) {
    std::size_t len = text::length_cp(b.text);
    if (b.words == 0 || b.words > 14 || len > 100 || b.urls > 0 || b.separators > 0)
        return false;
    // "‘Record’ harvest in the valley", "«Non» au projet": a heading may open with a quotation mark, but a line
    // that is one whole quotation ("‘We need to listen’") is somebody's words.
    std::string_view start = b.text;
    std::size_t at = 0, end = start.size();
    char32_t first = text::next_cp(start, at);
    if ((text::is_open_quote(first) || first == '"' || first == '\'') && at < start.size()) {
        char32_t last = text::prev_cp(start, end);
        if (text::is_close_quote(last) || last == '"' || last == '\'')
            return false;
        // "“The most unqualified child to run.” ― A. Reader": a quoted sentence with its author is no heading;
        // the quoted part of a heading is a few words.
        std::size_t k = at;
        int quoted_words = 1;
        char32_t prev = 0;
        while (k < start.size()) {
            char32_t cp = text::next_cp(start, k);
            if (text::is_close_quote(cp) || cp == '"' || cp == '\'') {
                if (prev == '.' || prev == '!' || prev == '?' || prev == ',')
                    return false;
                break;
            }
            quoted_words += cp == ' ';
            prev = cp;
        }
        if (quoted_words > 4)
            return false;
        start.remove_prefix(at);
    }
    if (!text::starts_upper(start) && !text::is_digit(static_cast<unsigned char>(start[0])))
        return false;
    char last = b.text.back();
    if (last == '.' || last == ',' || last == ';' || last == ':')
        return false;
    return b.letters * 2 >= static_cast<int>(len) && !b.boilerplate;
}

std::optional<std::string> marked_heading(std::string_view line) {
    // "History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]": a wiki's edit link in brackets;
    // "Setting up¶": the anchor sign of a documentation page.
    std::string_view t = text::trim(line);
    std::string_view title;
    static const std::string_view pilcrow = "¶";
    if (t.size() > pilcrow.size() && t.substr(t.size() - pilcrow.size()) == pilcrow) {
        title = t.substr(0, t.size() - pilcrow.size());
    } else if (!t.empty() && t.back() == ']') {
        auto open = t.rfind('[');
        if (open == std::string_view::npos || open == 0)
            return std::nullopt;
        std::string inner = text::lower(text::collapse(t.substr(open + 1, t.size() - open - 2)));
        if (!common_lexicon().has("section_marks", inner))
            return std::nullopt;
        title = t.substr(0, open);
    } else {
        return std::nullopt;
    }
    std::string heading = text::collapse(title);
    if (heading.empty() || text::split_ws(heading).size() > 14 || text::length_cp(heading) > 100)
        return std::nullopt;
    char last = heading.back();
    if (last == '.' || last == ',' || last == ';')
        return std::nullopt;
    return heading;
}

std::optional<std::string> contents_entry(std::string_view line) {
    // "1 History", "3.1 Harbour and river traffic", "2. Setup": a section number, then a short title.
    std::string_view t = text::trim(line);
    std::size_t i = 0;
    bool digit = false;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || (t[i] == '.' && digit))) {
        digit = digit || t[i] != '.';
        ++i;
    }
    if (!digit || i >= t.size() || t[i] != ' ' || i > 8)
        return std::nullopt;
    std::string title = text::collapse(t.substr(i));
    auto words = text::split_ws(title);
    if (words.empty() || words.size() > 12 || !text::starts_upper(title) || title.back() == '.')
        return std::nullopt;
    return title;
}

bool slide_counter(std::string_view line) {
    // "1/50 Harbour festival opens": the slide number, a slash, the number of slides (a date "12/2016" or a
    // fraction "3/4 cup" has a second number that no slide count reaches, or a first one above the second).
    std::string_view t = text::trim(line);
    auto number = [&](std::size_t& i) {
        std::size_t start = i;
        long v = 0;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 4)
            v = v * 10 + (t[i++] - '0');
        return i == start ? -1L : v;
    };
    std::size_t i = 0;
    long k = number(i);
    if (k < 1 || i >= t.size() || t[i] != '/')
        return false;
    ++i;
    long n = number(i);
    return n >= 5 && n <= 500 && k <= n && (i == t.size() || t[i] == ' ');
}

bool question_heading(const Block& b) {
    // "What now?", "Warum jetzt?", "¿Y ahora qué?": a short question heads a section too.
    return b.words <= 6 && !b.text.empty() && b.text.back() == '?';
}

bool short_sentence(const Block& b, std::string_view language) {
    // "Here is what the new changeset looks like:" before a code block, "The kiwi is a national
    // icon." under a picture: a short sentence of prose inside the article stays text whatever surrounds it.
    if (b.words < 5 || !b.end_punct || b.urls > 0 || b.separators > 0 || block_quality(b, language) != Quality::short_)
        return false;
    if (!text::starts_upper(b.text) && !text::is_digit(static_cast<unsigned char>(b.text[0])))
        return false;
    return stopword_density(b.text, language) >= 0.25;
}

bool repeated_label(const Block& b) {
    // "Advertising", "Reply", "Caption", "Anzeige" printed again and again between the paragraphs.
    return b.repeats >= 1 && b.words <= 3 && !b.end_punct;
}

bool ends_with_abbreviation(std::string_view line) {
    // "... Underneath N.Y.C.", "... in the U.S.": the final full stop belongs to an abbreviation.
    auto space = line.rfind(' ');
    std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
    if (last.size() < 4 || last.size() > 8 || last.back() != '.')
        return false;
    for (std::size_t k = 0; k < last.size(); ++k) {
        bool letter = text::is_upper(static_cast<unsigned char>(last[k]));
        if (k % 2 == 0 ? !letter : last[k] != '.')
            return false;
    }
    return true;
}

bool navigation_arrow(std::string_view line) {
    // "‹ Zurück", "← Older post", "Next story →", "« Previous article": a link to the next or previous page.
    // A quotation in guillemets ("« Les privatisations... »") closes its mark and is no arrow.
    auto toks = text::split_ws(line);
    if (toks.size() < 2)
        return false;
    auto arrow = [](std::string_view t) {
        return t == "←" || t == "→" || t == "‹" || t == "›" || t == "«" || t == "»" || t == "<" || t == ">" ||
               t == "<<" || t == ">>";
    };
    bool quotation = (line.find("«") != std::string_view::npos && line.find("»") != std::string_view::npos) ||
                     (line.find("‹") != std::string_view::npos && line.find("›") != std::string_view::npos);
    return !quotation && (arrow(toks.front()) || arrow(toks.back()));
}

bool headline_like(const Block& b) {
    std::size_t len = text::length_cp(b.text);
    if (b.words < 2 || b.words > 30 || len > 220 || b.urls > 0 || b.separators > 1 || navigation_arrow(b.text))
        return false;
    char last = b.text.back();
    if (last == ',' || last == ';' || last == ':')
        return false;
    if (last == '.' && !(b.text.size() > 3 && b.text.compare(b.text.size() - 3, 3, "...") == 0) &&
        !ends_with_abbreviation(b.text))
        return false;
    return b.letters * 2 >= static_cast<int>(len) && !b.boilerplate;
}

// ---------------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------------

namespace {

// jusText's context-sensitive pass: short and near-good blocks take the class of their neighbours.
// Linear: the nearest deciding neighbour on each side is carried along in one pass per direction.
void resolve_context(std::vector<Quality>& q) {
    const std::size_t n = q.size();
    // For short blocks: nearest non-short block (near-good counting as good); edges count as bad.
    std::vector<Quality> left_any(n, Quality::bad), right_any(n, Quality::bad);
    // For near-good blocks: nearest good or bad block.
    std::vector<Quality> left_gb(n, Quality::bad), right_gb(n, Quality::bad);
    Quality any = Quality::bad, gb = Quality::bad;
    for (std::size_t i = 0; i < n; ++i) {
        left_any[i] = any;
        left_gb[i] = gb;
        if (q[i] != Quality::short_)
            any = q[i] == Quality::near_good ? Quality::good : q[i];
        if (q[i] == Quality::good || q[i] == Quality::bad)
            gb = q[i];
    }
    any = gb = Quality::bad;
    for (std::size_t i = n; i-- > 0;) {
        right_any[i] = any;
        right_gb[i] = gb;
        if (q[i] != Quality::short_)
            any = q[i] == Quality::near_good ? Quality::good : q[i];
        if (q[i] == Quality::good || q[i] == Quality::bad)
            gb = q[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (q[i] == Quality::short_)
            q[i] = (left_any[i] == Quality::good && right_any[i] == Quality::good) ? Quality::good : Quality::bad;
        else if (q[i] == Quality::near_good)
            q[i] = (left_gb[i] == Quality::bad && right_gb[i] == Quality::bad) ? Quality::bad : Quality::good;
    }
}

} // namespace

bool is_terminator(const Block& b) {
    // Without digits a line ends the article only as a whole phrase or when it opens with one and is short: a long
    // line is settled without lower-casing it (lower-casing keeps at least a byte of every code point of at most
    // four, and 16 tokens cannot hold the 8 words of the shortest rule that reads a line's start).
    std::size_t kept = b.text.size();
    while (kept > 0 && (b.text[kept - 1] == ':' || b.text[kept - 1] == '.'))
        --kept;
    const LexiconSection& terminators = any_language_section("terminators");
    if (b.digits == 0 && b.words > 16 && kept > 4 * terminators.longest)
        return false;
    std::string low = text::lower(b.text);
    while (!low.empty() && (low.back() == ':' || low.back() == '.'))
        low.pop_back();
    if (any_language_has("terminators", low))
        return true;
    auto words = text::words_lower(low);
    // "12 comments", "Comments (3)"
    if (words.size() <= 3 && b.digits > 0)
        for (const auto& w : words)
            if (terminators.has(w))
                return true;
    // "Weitere Artikel aus dem Ressort Sport", "Related stories from our partners": a short line opening with a
    // phrase of two words or more ("Czytaj też: <title>" is one related link, not the end).
    if (words.size() <= 8 && b.separators == 0) {
        bool two_words = false;
        for (std::size_t sp = low.find(' '); sp != std::string::npos; sp = low.find(' ', sp + 1)) {
            if (two_words && sp > 0 && terminators.has(std::string_view(low).substr(0, sp)))
                return true;
            two_words = true;
        }
    }
    // "11 Antworten zu „Sonntag am See“", "3 thoughts on “A day at the lake”": the header of a comment thread,
    // which quotes the article's title (a numbered section "4. Response codes" does not).
    if (b.digits == 0 || words.size() < 3 || words.size() > 30)
        return false;
    auto first = text::split_ws(b.text);
    bool quotes_title = false;
    std::size_t at = 0;
    while (at < b.text.size() && !quotes_title) {
        char32_t cp = text::next_cp(b.text, at);
        quotes_title = text::is_open_quote(cp) || cp == '"';
    }
    return quotes_title && !first.empty() &&
           std::all_of(first[0].begin(), first[0].end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           any_language_has("comment_nouns", words[1]);
}

namespace {

// The maximum-sum run of weights in [from, to): {start, end (inclusive), sum}.
std::tuple<std::size_t, std::size_t, double> max_run(const std::vector<double>& w, std::size_t from, std::size_t to) {
    double best = -1e300, cur = 0;
    std::size_t best_s = from, best_e = from, s = from;
    for (std::size_t i = from; i < to; ++i) {
        if (cur <= 0) {
            cur = 0;
            s = i;
        }
        cur += w[i];
        if (cur > best) {
            best = cur;
            best_s = s;
            best_e = i;
        }
    }
    return {best_s, best_e, best};
}

// The article's region: the maximum-sum run of blocks, good text counting for, boilerplate against.
std::pair<std::size_t, std::size_t> main_region(const Page& p) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Context-free classes: a menu of short lines must not ride on the good blocks between its items.
        double len = static_cast<double>(text::length_cp(blocks[i].text));
        switch (p.raw_quality[i]) {
        case Quality::good: w[i] = len; break;
        case Quality::near_good: w[i] = len * 0.5; break;
        case Quality::short_: w[i] = (blocks[i].blank_before && blocks[i].blank_after) ? -5 : -std::max(10.0, len * 0.5); break;
        case Quality::bad: w[i] = -std::max(25.0, len); break;
        }
        if (is_terminator(blocks[i]))
            w[i] = -2000;
    }
    // A mega-menu or a list of cards: "WebMD Pain Coach / Track your pain levels. / WebMD Pill Identifier / ...".
    // A one-sentence text between two title-like lines describes a link; it does not carry the region.
    auto title_line = [&](std::size_t k) {
        return p.raw_quality[k] != Quality::good && p.raw_quality[k] != Quality::near_good && blocks[k].words <= 8 &&
               !blocks[k].end_punct && !marked_heading(blocks[k].text);
    };
    // Three cards in a row at least (title, text, title, text, title, text, title), so that a short paragraph
    // between two headings of an article keeps its weight.
    auto card = [&](std::size_t i) {
        return i >= 1 && i + 1 < n && w[i] > 0 && blocks[i].words <= 25 && title_line(i - 1) && title_line(i + 1);
    };
    const std::size_t least_cards = 3;
    for (std::size_t i = 1; i + 1 < n;) {
        std::size_t j = i;
        while (card(j))
            j += 2;
        if ((j - i) / 2 >= least_cards) {
            for (std::size_t k = i; k < j; k += 2)
                w[k] = -w[k] * 0.5;
            i = j;
        } else {
            ++i;
        }
    }
    // Comment threads and related lists can outweigh a short article: once a terminator closes a run of
    // article text (not a "Comments" link among menu items), what comes after it counts for less.
    const double factor = 0.5;
    double run = 0;
    bool after_end = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (after_end && w[i] > 0)
            w[i] *= factor;
        if (w[i] <= -2000 && run >= 250)
            after_end = true;
        run = std::max(0.0, run + w[i]);
    }
    auto [best_s, best_e, best] = max_run(w, 0, n);
    // "5 Kommentare zu „...“" right above the best run: that run is the comment thread, longer than a short
    // article. The article is the best run before the thread when it holds a few lines of text.
    for (std::size_t t = best_s; t-- > 0 && t + 4 > best_s;) {
        if (w[t] > -2000)
            continue;
        auto [s, e, sum] = max_run(w, 0, t);
        if (sum >= 250)
            return {s, e};
        break;
    }
    return {best_s, best_e};
}

void add_boilerplate(Article& a, const std::string& line) {
    a.boilerplate.push_back(line);
}

} // namespace

Article classify(const std::vector<Block>& blocks, std::string_view language) {
    Page p{blocks, std::string(language), {}, {}, {}, {}, {}};
    Article& a = p.article;
    const std::size_t n = blocks.size();
    if (!language.empty())
        a.language = std::string(language);
    if (n == 0)
        return a;
    p.role.assign(n, Role::none);
    p.soft_caption.assign(n, false);
    p.quality.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        p.quality[i] = block_quality(blocks[i], language);
    p.raw_quality = p.quality;
    resolve_context(p.quality);
    // Plain variables, not a structured binding: lambdas below capture them (clang before 16 cannot).
    const auto region = main_region(p);
    std::size_t rs = region.first, re = region.second;

    // A line repeated next to itself is one block (a caption printed as alt text and as figure caption).
    for (std::size_t i = 1; i < n; ++i)
        if (blocks[i].text == blocks[i - 1].text)
            p.role[i] = Role::duplicate;

    // Metadata lines anywhere near the article: bylines, dates, credits and the captions they close.
    std::size_t head_from = rs > 45 ? rs - 45 : 0;
    for (std::size_t i = head_from; i <= re; ++i) {
        if (p.role[i] != Role::none)
            continue;
        const Block& b = blocks[i];
        if (b.words <= 30) {
            auto byline = byline_authors(b.text, language);
            // "By" / "Maeve Doyle", "Von" / "Lena Brandt": the byline word alone, the names on the next line.
            if (!byline && b.words <= 3 && i + 1 <= re && p.role[i + 1] == Role::none && byline_word(b.text)) {
                byline = byline_authors(b.text + " " + blocks[i + 1].text, language);
                if (byline)
                    p.role[i + 1] = Role::byline;
            }
            if (byline) {
                p.role[i] = Role::byline;
                for (auto& name : *byline)
                    if (auto id = agency_id(name)) {
                        if (!a.source_tag)
                            a.source_tag = SourceTag{name, {*id}};
                    } else if (std::find(a.authors.begin(), a.authors.end(), name) == a.authors.end()) {
                        a.authors.push_back(name);
                    }
                continue;
            }
            DateLine d = read_dates(b.text, language);
            if (d.is_date_line) {
                p.role[i] = Role::date;
                if (!a.published && d.published)
                    a.published = d.published;
                if (!a.updated && d.updated)
                    a.updated = d.updated;
                if (d.relative)
                    a.warnings.push_back("relative date left unresolved: " + b.text);
                // "AFP 12 mars 2021 à 09:15": the agency that wrote the story, printed before its date.
                auto rest_words = text::split_ws(d.rest);
                if (auto ids = rest_words.empty() ? std::nullopt : agency_tag(rest_words.front()); ids) {
                    if (!a.source_tag)
                        a.source_tag = SourceTag{std::string(rest_words.front()), *ids};
                } else if (!d.rest.empty())
                    if (auto names = byline_authors(d.rest, language))
                        for (auto& name : *names)
                            if (!agency_id(name))
                                a.authors.push_back(name);
                continue;
            }
            // "Fuente: EFE", "Quelle: dpa": the agency credited for the text, before photo credits are sought.
            if (auto ids = labelled_agency(b.text)) {
                p.role[i] = Role::source_tag;
                if (!a.source_tag)
                    a.source_tag = SourceTag{b.text, *ids};
                continue;
            }
            if (is_credit_line(b.text)) {
                p.role[i] = Role::credit;
                continue;
            }
            // "Gemeindepräsidentin Regula Aebischer vor dem Schulhaus. Bild: Keystone": a caption with its credit.
            if (auto split = split_trailing_credit(b.text)) {
                p.role[i] = Role::caption;
                a.media.push_back(Media{split->first, split->second});
                continue;
            }
        }
    }

    // Media: a credit closes the caption just before it (skipping the caption's duplicate).
    for (std::size_t i = head_from; i <= re; ++i) {
        if (p.role[i] != Role::credit)
            continue;
        Media m;
        m.credit = blocks[i].text;
        std::size_t k = i;
        while (k > 0 && p.role[k - 1] == Role::duplicate)
            --k;
        if (k > 0 && p.role[k - 1] == Role::none && i - k <= 2) {
            const Block& c = blocks[k - 1];
            // A caption is a sentence or two; a longer text over a credit is the paragraph the picture follows.
            if (c.words >= 3 && c.words <= 40 && k - 1 > head_from) {
                p.role[k - 1] = Role::caption;
                p.soft_caption[k - 1] = true;
                m.caption = c.text;
            }
        }
        a.media.push_back(std::move(m));
    }
    // A caption printed twice without credit is still a caption (a longer text printed twice is a teaser
    // repeated as the lede).
    for (std::size_t i = head_from + 1; i <= re; ++i)
        if (p.role[i] == Role::duplicate && p.role[i - 1] == Role::none && blocks[i].words >= 3 &&
            blocks[i].words <= 40) {
            p.role[i - 1] = Role::caption;
            p.soft_caption[i - 1] = true;
            a.media.push_back(Media{blocks[i - 1].text, std::nullopt});
        }

    // Headline: the best title-like line just before the article (or opening it).
    std::size_t first_text = rs;
    while (first_text <= re && p.role[first_text] != Role::none)
        ++first_text;
    std::optional<std::size_t> headline = choose_headline(p, first_text, re);
    std::size_t body_from = rs;
    if (headline) {
        std::size_t h = *headline;
        const Block& b = blocks[h];
        if (auto glued = split_glued_kicker(b.text)) {
            a.kicker = glued->first;
            a.headline = glued->second;
        } else {
            a.headline = b.text;
            // A short label right above the headline is its kicker ("Santé", "Free Future").
            if (h > 0 && p.role[h - 1] == Role::none && blocks[h - 1].words <= 3 &&
                heading_like(blocks[h - 1]) && !blocks[h - 1].end_punct && blocks[h - 1].repeats == 0 &&
                blocks[h - 1].blank_before && !blocks[h - 1].boilerplate)
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
        }
        // A headline printed twice or over the lead picture's credit, not a caption: the credit stays alone.
        if (p.soft_caption[h]) {
            auto m = std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == b.text; });
            if (m != a.media.end() && m->credit)
                m->caption.reset();
            else if (m != a.media.end())
                a.media.erase(m);
        }
        p.role[h] = Role::headline;
        body_from = std::max(rs, h + 1);
    } else {
        a.warnings.push_back("no headline found");
    }

    // Lede: the first text after the headline, when something other than body text follows it.
    std::size_t i = headline ? *headline + 1 : body_from;
    while (i <= re && p.role[i] != Role::none)
        ++i;
    if (headline && i <= re && blocks[i].words >= 8 &&
        (p.quality[i] == Quality::good || p.raw_quality[i] == Quality::near_good)) {
        std::size_t next = i + 1;
        bool interrupted = next <= re && p.role[next] != Role::none && p.role[next] != Role::paragraph;
        if (interrupted && p.role[next] != Role::heading) {
            p.role[i] = Role::lede;
            a.lede = blocks[i].text;
        }
    }

    // A numbered table of contents ("1 History", "3.1 Climate"): the lines it lists are headings wherever
    // they stand. Three numbered entries in a row at least, so that a numbered list of points is no table.
    std::set<std::string> contents;
    for (std::size_t k = 0; k + 2 < n; ++k) {
        if (!contents_entry(blocks[k].text) || !contents_entry(blocks[k + 1].text) || !contents_entry(blocks[k + 2].text))
            continue;
        for (; k < n; ++k) {
            auto title = contents_entry(blocks[k].text);
            if (!title)
                break;
            contents.insert(std::move(*title));
        }
    }
    auto listed_heading = [&](const Block& b) {
        if (b.words > 14 || contents.empty())
            return false;
        auto marked = marked_heading(b.text);
        return contents.count(marked ? *marked : b.text) > 0 && !contents_entry(b.text);
    };

    // A page that marks its headings (an edit link on each, a table of contents listing them) marks them all:
    // an unmarked line of a heading's shape there is a picture's caption.
    int marked = 0;
    for (std::size_t k = rs; k <= re; ++k)
        marked += marked_heading(blocks[k].text) || listed_heading(blocks[k]);
    const bool only_marked = marked >= 3;

    // The body: sections of paragraphs, headed by short lines without final punctuation.
    Section section;
    bool have_paragraph = false;
    std::size_t last_text = re;
    for (std::size_t k = rs; k <= re; ++k) {
        if (p.role[k] != Role::none)
            continue;
        const Block& b = blocks[k];
        if (auto tag = agency_tag(b.text); tag && k >= re - 1) {
            p.role[k] = Role::source_tag;
            a.source_tag = SourceTag{b.text, *tag};
            continue;
        }
        // "History[edit]" on a wiki, or a line its table of contents lists: a heading whatever its neighbours,
        // even a short one between boilerplate.
        bool sure_heading = marked_heading(b.text) || listed_heading(b);
        // A heading sits between paragraphs and is followed by text, perhaps after a pointer to another
        // article ("Main article: Harbour") or a label ("Advertisement") that the body leaves out.
        auto next_text = [&](std::size_t from) {
            while (from <= re && (p.role[from] != Role::none || blocks[from].boilerplate ||
                                  repeated_label(blocks[from])))
                ++from;
            return from;
        };
        auto is_text = [&](std::size_t at, const Block& over) {
            return at <= re && p.quality[at] == Quality::good && blocks[at].words > over.words && blocks[at].end_punct;
        };
        auto heads = [&](const Block& h) {
            // "See How Much Money and Time You Spent on the Stuff You Threw Out": Title Case runs longer.
            int most = h.upper_initial * 5 >= h.words * 3 ? 14 : 12;
            return heading_like(h) && (!h.end_punct || question_heading(h)) && h.words <= most && h.repeats == 0 &&
                   !slide_counter(h.text);
        };
        // jusText's heading rule: a short line of a heading's shape right over text heads it, though an inline
        // link to another article between two paragraphs ("Read more: ...") or a picture's caption just above
        // makes it look like boilerplate. (Under a heading, "Main article: ..." is followed by a caption.)
        bool short_heading = false;
        if (p.raw_quality[k] == Quality::short_ && k > rs + 1 && k < re && heads(b) && is_text(k + 1, b)) {
            Role above = p.role[k - 1];
            short_heading = above == Role::caption || above == Role::credit ||
                            (blocks[k - 1].boilerplate && p.role[k - 2] == Role::paragraph);
        }
        if (!sure_heading && !short_heading &&
            ((p.quality[k] == Quality::bad && !short_sentence(b, language)) || b.boilerplate ||
             repeated_label(b))) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        std::size_t next = next_text(k + 1);
        bool next_is_text = is_text(next, b);
        // "Title / One sentence of summary. / By Jane Doe": a teaser of another article in a list of them; a
        // section of the article is not signed.
        std::size_t after = next + 1;
        while (after <= re && after < next + 3 && p.role[after] == Role::duplicate)
            ++after;
        if (next_is_text && after <= re && (p.role[after] == Role::byline || p.role[after] == Role::date))
            next_is_text = false;
        if (sure_heading || (heads(b) && next_is_text && !only_marked)) {
            p.role[k] = Role::heading;
            if (have_paragraph || section.heading)
                a.sections.push_back(std::move(section));
            section = Section{};
            section.heading = b.text;
            have_paragraph = false;
            continue;
        }
        p.role[k] = Role::paragraph;
        section.paragraphs.push_back(b.text);
        have_paragraph = true;
        last_text = k;
    }
    (void)last_text;
    if (have_paragraph || section.heading)
        a.sections.push_back(std::move(section));

    // After the article: a closing agency tag ("(ats)") within a few lines.
    for (std::size_t k = re + 1; k < n && k <= re + 3 && !a.source_tag; ++k) {
        if (auto tag = agency_tag(blocks[k].text)) {
            p.role[k] = Role::source_tag;
            a.source_tag = SourceTag{blocks[k].text, *tag};
        }
    }
    // A dateline opening the body: "PARIS (Reuters) - ...".
    if (!a.sections.empty() && !a.sections.front().paragraphs.empty()) {
        if (auto dl = dateline_tag(a.sections.front().paragraphs.front())) {
            a.dateline = dl->place;
            if (!a.source_tag)
                a.source_tag = SourceTag{dl->raw, dl->agencies};
        }
    }

#ifdef ARCHIVE_DEBUG_CLASSIFY
    static const char* qn[] = {"bad", "short", "near", "good"};
    for (std::size_t k = 0; k < n; ++k)
        std::fprintf(stderr, "%4zu %c %-5s r%-2d %.90s%s\n", k, (k >= rs && k <= re) ? '*' : ' ',
                     qn[static_cast<int>(p.quality[k])], static_cast<int>(p.role[k]), blocks[k].text.c_str(),
                     is_terminator(blocks[k]) ? "  [END]" : "");
#endif
    // Everything else is kept, in input order, so nothing is lost. Byline and date lines are kept verbatim
    // too: their parsed fields do not hold the line as printed.
    for (std::size_t k = 0; k < n; ++k) {
        switch (p.role[k]) {
        case Role::none:
        case Role::boilerplate:
        case Role::byline:
        case Role::date:
            add_boilerplate(a, blocks[k].text);
            break;
        default:
            break;
        }
    }
    return a;
}

} // namespace archive
