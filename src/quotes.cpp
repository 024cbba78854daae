// Attribution: the quotes of each paragraph with their kind, cue, mention and speaker; the headline's quotes.
#include "quotes_parts.hpp"

#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace archive {
namespace quoting {

std::string strip_edge_punct(std::string t) {
    t = text::collapse(t);
    while (!t.empty() && (t.back() == ',' || t.back() == ' '))
        t.pop_back();
    return t;
}

bool has_words(std::string_view s, int n) {
    // text::words_lower(s).size() >= n, counted a word at a time without keeping them, up to the n-th
    int found = 0;
    std::string word;
    for (std::size_t i = 0; found < n && text::next_word_lower(s, i, word);)
        ++found;
    return found >= n;
}

Quote make_quote(const Unit& u, std::string t, QuoteKind kind) {
    Quote q;
    q.text = std::move(t);
    q.kind = kind;
    q.where = u.where;
    q.section = u.section;
    q.paragraph = u.paragraph;
    return q;
}

namespace {

// The bytes of a dialogue dash at s[i] ("—", "–", "―"), 0 when none.
std::size_t dash_at(std::string_view s, std::size_t i) {
    if (i + 3 > s.size() || s[i] != '\xE2' || s[i + 1] != '\x80')
        return 0;
    char c = s[i + 2];
    return c == '\x93' || c == '\x94' || c == '\x95' ? 3 : 0;
}

// "—No vamos a ceder —dijo Lucía Gómez—.", "– Non cederemo – ha detto il sindaco.": a paragraph opening with a
// dash is a line of dialogue when a second dash, after a space, is followed at once by a cue; the two dashes are
// its quote marks. Dashes of parenthesis inside a sentence ("El alcalde —que llegó tarde— no habló") open no
// paragraph, and a dash opening a list item has no cue after a second dash.
std::optional<QuoteSpan> dialogue_span(std::string_view s, const std::vector<Word>& ws,
                                       const std::vector<const Lexicon*>& lexs) {
    std::size_t open_len = dash_at(s, 0);
    if (open_len == 0)
        return std::nullopt;
    while (open_len < s.size() && s[open_len] == ' ')
        ++open_len;
    for (std::size_t i = open_len + 1; i + 3 < s.size(); ++i) {
        if (s[i - 1] != ' ' || dash_at(s, i) == 0)
            continue;
        std::size_t after = i + 3;
        while (after < s.size() && s[after] == ' ')
            ++after;
        for (const Cue& c : cues_with_phrases(s, ws, lexs))
            if (c.begin == after)
                return QuoteSpan{0, i, 3, open_len, true};
        return std::nullopt;
    }
    return std::nullopt;
}

bool sentence_end(std::string_view s, std::size_t i) {
    // ". X", "? X", "! X" at i (the punctuation byte).
    char c = s[i];
    if (c != '.' && c != '!' && c != '?')
        return false;
    std::size_t j = i + 1;
    if (j >= s.size())
        return true;
    if (s[j] != ' ')
        return false;
    std::size_t k = j + 1;
    if (k >= s.size())
        return true;
    char32_t cp = text::next_cp(s, k);
    return text::is_upper(cp) || text::is_open_quote(cp) || cp == '"';
}

// Sentence boundaries outside quotes: [begin, end) pairs; `ws` are the words of all of s.
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view s, const std::vector<Word>& ws,
                                                          const std::vector<QuoteSpan>& spans,
                                                          const std::vector<const Lexicon*>& lexs) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const WordTags& tags = word_tags(lexs); // (its abbreviation bit answers abbreviation())
    std::size_t start = 0;
    std::size_t next_span = 0; // spans are sorted and do not overlap
    auto inside = [&spans, &next_span](std::size_t i) {
        while (next_span < spans.size() && spans[next_span].close <= i)
            ++next_span;
        return next_span < spans.size() && i > spans[next_span].open && i < spans[next_span].close;
    };
    // Only a full stop, a question or an exclamation mark ends one: each is a mark of its own among the words, or
    // the dot a word took ("Mr.", "F."); the words are read, not the bytes between.
    for (const Word& word : ws) {
        std::size_t i = 0;
        if (word.punct) {
            if (word.low.size() != 1 || (word.low[0] != '.' && word.low[0] != '!' && word.low[0] != '?'))
                continue;
            i = word.b;
        } else {
            if (word.low.empty() || word.low.back() != '.')
                continue;
            i = word.e - 1;
        }
        if (sentence_end(s, i) && !inside(i)) {
            // "M. Lavrov", "Dr. Doe": a short capitalised abbreviation does not end the sentence.
            std::size_t w = i;
            while (w > start && s[w - 1] != ' ' && i - w < 4)
                --w;
            if (s[i] == '.' && i - w <= 2 && i > w && text::is_upper(static_cast<unsigned char>(s[w])))
                continue;
            // "Rep. G.K. Butterfield", "the U.S. Senate": initials glued by their dots do not end it.
            if (s[i] == '.' && i > w && (i - w) % 2 == 1) {
                bool initials = true;
                for (std::size_t j = w; j < i && initials; ++j)
                    initials = (j - w) % 2 == 0 ? s[j] >= 'A' && s[j] <= 'Z' : s[j] == '.';
                if (initials)
                    continue;
            }
            // "Rep. Elijah Cummings", "Sen. Warren": a listed title abbreviation does not end it either.
            if (s[i] == '.' && i > w && i - w <= 5) {
                char low[3 * 5 + 8]; // (the most lower_into writes for five bytes)
                if (tags.of(std::string_view(low, text::lower_into(s.substr(w, i - w), low))) & WordTags::abbreviation)
                    continue;
            }
            out.emplace_back(start, i + 1);
            start = i + 1;
            while (start < s.size() && s[start] == ' ')
                ++start;
        }
    }
    if (start < s.size())
        out.emplace_back(start, s.size());
    return out;
}

// "Financial Times", "Black Lion Hospital", "XXXII Championnat du Monde", "news.example.org": every word
// capitalised (particles and numbers aside) over two words or more, or one token with dots and no space.
bool title_like(std::string_view q) {
    if (q.find(' ') == std::string_view::npos)
        return q.find('.') != std::string_view::npos && q.find('.') + 1 < q.size();
    int words = 0, capitalised = 0;
    for (const auto& w : text::split_ws(q)) {
        std::size_t i = 0;
        char32_t cp = text::next_cp(w, i);
        if (!text::is_word_char(cp))
            return false; // "– Bruder", "(AFP)": punctuation between the words, a phrase
        ++words;
        if (text::is_upper(cp) || (cp >= '0' && cp <= '9') || particle(text::lower(w)))
            ++capitalised;
    }
    return words >= 2 && capitalised == words && q.back() != '.' && q.back() != '!' && q.back() != '?';
}

// "Face the Nation", "State of the Union.": English title case, capitalised words with short function
// words between them (the final punctuation aside).
bool title_case(std::string_view q) {
    auto ws = text::split_ws(q);
    if (ws.size() < 2)
        return false;
    for (std::size_t k = 0; k < ws.size(); ++k) {
        std::size_t i = 0;
        char32_t cp = text::next_cp(ws[k], i);
        bool edge = k == 0 || k + 1 == ws.size();
        if (!text::is_upper(cp) && (edge || text::length_cp(ws[k]) > 3))
            return false;
    }
    return true;
}

// A quote left open at the end of a paragraph runs on into the next one: its words so far.
struct Carry {
    bool on = false;
    std::string text;
};

// The reading of one unit (a lede, a caption, a paragraph): its quote spans, words, sentences and cues, read once,
// and the steps that attribute each of its quoted spans in turn (read()).
struct UnitReader {
    // A quoted span and the places around it that the steps read.
    struct QuoteAt {
        QuoteSpan q;
        std::string raw;        // the quoted words, after those carried over from the previous paragraph
        std::string text;       // raw without its edge punctuation: the quote's text
        std::string_view inner; // the words between the marks, trimmed
        std::pair<std::size_t, std::size_t> sentence;
        std::size_t sent_b = 0, sent_e = 0; // the sentence, read at most a thousand bytes around the quote
        std::size_t sb = 0, se = 0;         // where its attribution is looked for
        std::string_view before;            // the writer's words before it in its sentence, trimmed
        std::size_t after_pos = 0;          // the byte after its closing mark
        QuoteKind kind = QuoteKind::partial;
    };
    // The last quote of this unit that opened its sentence and was attributed after it ("Q1," X said.):
    // its index in ex.quotes, where it opened and closed, and its words with their own punctuation.
    struct Split {
        bool open = false;
        std::size_t quote = 0, q_open = 0, after = 0;
        std::string raw;
    };
    // Several quotes in one sentence share its attribution ("Die „A“ hätten „B“ getan, so Murtha", "X condemned
    // the test as "A" and a "B""): a short quote found no cue of its own is kept aside, and given the cue and
    // speaker of another quote of its sentence if one has them.
    struct Placed {
        std::size_t sentence, open;
    };
    struct Orphan {
        Quote quote;
        Placed at;
        std::optional<std::string> fallback; // the speaker when no other quote of the sentence has one
    };

    Extractor& ex;
    const Unit& u;
    std::string_view s;
    std::vector<QuoteSpan> spans;
    std::vector<Word> ws;
    const std::size_t base; // places the unit's bytes among all units
    // The closing dash of a line of dialogue: the cue after it ends the quoted sentence like a comma.
    std::size_t dialogue_close = std::string_view::npos;
    std::vector<std::pair<std::size_t, std::size_t>> sents; // none when neither spans nor indirect speech read them
    std::vector<Cue> cues; // attributable_cues(), for a unit with quote marks (empty for the others)
    std::vector<std::pair<std::size_t, std::size_t>> quoted; // sentence parts covered by quotes
    Split split;
    const std::size_t first_quote; // the first of ex.quotes added from this unit
    std::vector<Placed> placed;    // where the quotes added from this unit stand, by index from first_quote
    Placed pending{0, 0};
    std::vector<Orphan> orphans;

    UnitReader(Extractor& extractor, const Unit& unit, std::size_t order);
    ~UnitReader() { ex.spare_words = std::move(ws); }
    UnitReader(const UnitReader&) = delete;
    UnitReader& operator=(const UnitReader&) = delete;
    void read(Carry& carry);

    void add_dialogue();
    std::vector<Cue> attributable_cues() const;
    std::pair<std::size_t, std::size_t> sentence_of(std::size_t at) const;
    std::size_t word_index(std::size_t byte) const;
    std::optional<std::pair<std::size_t, std::size_t>> opening_name(std::size_t from, std::size_t limit) const;
    std::optional<std::size_t> opening_acronym(std::size_t from, std::size_t limit) const;
    std::optional<std::string> sentence_person(std::size_t from, std::size_t limit, bool subjects) const;
    std::optional<std::string> unit_person(std::size_t at) const;
    std::ptrdiff_t quotes_between(std::size_t from, std::size_t to) const;
    std::optional<std::string> writer_paragraph_person(bool subjects) const;
    bool listing(std::size_t from, std::size_t to) const;
    bool reported(std::size_t from, std::size_t to) const;
    void settle();

    // The steps of read(), for each quoted span in turn: a step returning true is done with the span (it attributed
    // it, or found that nobody said those words), and read() goes on with the next one.
    QuoteAt place(const QuoteSpan& q, std::string raw, std::string qt) const;
    bool joins_split(const QuoteAt& at) const;
    bool names_no_one(const QuoteAt& at) const;
    bool signed_by_dash(const QuoteAt& at, Quote& out);
    bool attribute_after(const QuoteAt& at, Quote& out);
    bool attribute_before(const QuoteAt& at, Quote& out);
    bool attribute_according(const QuoteAt& at, Quote& out);
    void attribute_without_cue(const QuoteAt& at, Quote& out);
    void place_orphans();
};

UnitReader::UnitReader(Extractor& extractor, const Unit& unit, std::size_t order)
    : ex(extractor), u(unit), s(unit.text), ws(std::move(extractor.spare_words)), base(order * 1'000'000),
      first_quote(extractor.quotes.size()) {
    const WordsSeen seen = words_into(ws, s, 0, s.size(), &ex.sp.lexs);
    if (seen.mark) // (a unit without a mark has no span)
        spans = find_quote_spans(s, ws);
    if (u.where == Where::body)
        add_dialogue();
    note_names(ex, s, ws, spans, base);
    // (the sentences serve the attribution of quoted spans and indirect speech)
    if (!spans.empty() || may_hold_indirect_speech(ws, seen))
        sents = sentences(s, ws, spans, ex.sp.lexs);
    if (!spans.empty()) // (only the attribution of quoted spans reads them)
        cues = attributable_cues();
}

// "—No vamos a ceder —dijo Lucía Gómez—.": a line of dialogue opens the spans.
void UnitReader::add_dialogue() {
    if (auto d = dialogue_span(s, ws, ex.sp.lexs); d && (spans.empty() || spans.front().open > d->close)) {
        spans.insert(spans.begin(), *d);
        dialogue_close = d->close;
        // "—Q1 —dijo X—. Q2": a dash closing the attribution before a full stop hands the words back to the
        // speaker until the end of the paragraph (a follow-on quote, with no cue of its own).
        for (std::size_t i = d->close + d->close_len; spans.size() == 1 && i + 3 < s.size(); ++i)
            if (s[i - 1] != ' ' && dash_at(s, i) != 0 && (s[i + 3] == '.' || s[i + 3] == ',')) {
                std::size_t from = i + 4;
                while (from < s.size() && s[from] == ' ')
                    ++from;
                std::size_t to = s.size();
                while (to > from && s[to - 1] == ' ')
                    --to;
                if (to > from + 1 && dash_at(s, to - 3) == 0)
                    spans.push_back(QuoteSpan{i + 3, to, 0, from - i - 3, true});
                break;
            }
    }
}

// "the United States", "Says Who Records": a speech verb written with a capital after another word is
// part of a name (body text writes verbs in lower case; headlines are read apart).
std::vector<Cue> UnitReader::attributable_cues() const {
    auto all = cues_with_phrases(s, ws, ex.sp.lexs);
    std::vector<Cue> out;
    for (auto& c : all) {
        std::size_t i = c.begin, w = word_index(c.begin);
        bool capital = text::is_upper(text::next_cp(s, i));
        if (!(capital && w > 0 && !ws[w - 1].punct))
            out.push_back(std::move(c));
    }
    return out;
}

std::pair<std::size_t, std::size_t> UnitReader::sentence_of(std::size_t at) const {
    auto it = std::upper_bound(sents.begin(), sents.end(), at,
                               [](std::size_t v, const std::pair<std::size_t, std::size_t>& se) { return v < se.second; });
    if (it != sents.end() && at >= it->first)
        return *it;
    return std::make_pair<std::size_t, std::size_t>(0, 0);
}

std::size_t UnitReader::word_index(std::size_t byte) const {
    auto it = std::lower_bound(ws.begin(), ws.end(), byte, [](const Word& w, std::size_t v) { return w.b < v; });
    return static_cast<std::size_t>(it - ws.begin());
}

// The first comma-free part of the sentence starting at byte `from`, before byte `limit`, after its
// articles, titles and role nouns, when it opens with a person's name: the sentence's subject.
std::optional<std::pair<std::size_t, std::size_t>> UnitReader::opening_name(std::size_t from, std::size_t limit) const {
    std::size_t w0 = word_index(from);
    // "Pour Paul Roux, «Q»", "Für Anna Muster ist das „Q“": the preposition of a view opens the sentence.
    if (w0 < ws.size() && !ws[w0].punct && in_list(ex.sp.lexs, "view_words", ws[w0].low))
        ++w0;
    while (w0 < ws.size() && ws[w0].b < limit && !ws[w0].punct &&
           (in_list(ex.sp.lexs, "articles", ws[w0].low) || role_noun(ws[w0].low, ex.sp) ||
            person_title(ex.sp.lexs, ws[w0].low)))
        ++w0;
    std::size_t w1 = w0;
    while (w1 < ws.size() && ws[w1].b < limit && !ws[w1].punct)
        ++w1;
    if (w1 > w0 && ex.opens_with_name(ws, w0, w1 - 1))
        return std::make_pair(w0, w1 - 1);
    return std::nullopt;
}

// "Die SPD will ...", "The FBI says ...": an acronym opening the sentence (after its articles) before a
// lower-case verb is its subject, a body; its word index.
std::optional<std::size_t> UnitReader::opening_acronym(std::size_t from, std::size_t limit) const {
    std::size_t w0 = word_index(from);
    // "Steuern: Die SPD will ...": a one-word label before a colon opens the line, not the sentence.
    if (w0 + 2 < ws.size() && !ws[w0].punct && ws[w0 + 1].low == ":")
        w0 += 2;
    while (w0 < ws.size() && ws[w0].b < limit && !ws[w0].punct && in_list(ex.sp.lexs, "articles", ws[w0].low))
        ++w0;
    if (w0 + 1 >= ws.size() || ws[w0 + 1].b >= limit || ws[w0].punct || ws[w0 + 1].punct || ws[w0 + 1].upper)
        return std::nullopt;
    std::string_view w = s.substr(ws[w0].b, ws[w0].e - ws[w0].b);
    bool acronym = text::length_cp(w) >= 2 && std::none_of(w.begin(), w.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                   });
    return acronym ? std::optional<std::size_t>(w0) : std::nullopt;
}

// The first person the sentence names in [from, limit), not one governed by a preposition: a known person,
// or with `subjects` also a name that stood where a subject stands.
std::optional<std::string> UnitReader::sentence_person(std::size_t from, std::size_t limit, bool subjects) const {
    std::size_t w0 = word_index(from), w1 = word_index(limit);
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(w0), ws.begin() + static_cast<std::ptrdiff_t>(w1));
    for (const auto& n : names_in(sub, ex.sp)) {
        bool governed = n.first > 0 && in_list(ex.sp.lexs, "preposition_words", sub[n.first - 1].low);
        int k = ex.sp.find_person(span_text(s, sub, n.first, n.last));
        if (governed || k < 0)
            continue;
        const Person& p = ex.sp.people[static_cast<std::size_t>(k)];
        // "Außerdem hätte der Sender Roßmüller „Q“ gegeben": in German a noun after an article and before
        // the name, not part of the known name, makes the name its object or its title.
        if (ex.sp.capitalised_nouns && n.first > 0 && n.last > n.first &&
            in_list(ex.sp.lexs, "articles", sub[n.first - 1].low) &&
            text::lower(p.name).rfind(sub[n.first].low, 0) != 0)
            continue;
        if (p.personal || (subjects && p.subject))
            return p.name;
    }
    return std::nullopt;
}

// The person this paragraph last spoke of before byte `at`: a known person or a name where a subject
// stands, not a place or a body named in passing ("Harvard University").
std::optional<std::string> UnitReader::unit_person(std::size_t at) const {
    for (auto it = ex.sp.events.rbegin(); it != ex.sp.events.rend() && it->first >= base; ++it) {
        const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
        if (it->first < base + at && (p.personal || p.subject))
            return p.name;
    }
    return std::nullopt;
}

std::ptrdiff_t UnitReader::quotes_between(std::size_t from, std::size_t to) const {
    auto first = std::lower_bound(spans.begin(), spans.end(), from,
                                  [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    auto last = std::lower_bound(first, spans.end(), to, [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    return last - first;
}

// The person the previous paragraph spoke of, when it was the writer's (no quote in it): a known person,
// or with `subjects` also a name that stood where a subject stands.
std::optional<std::string> UnitReader::writer_paragraph_person(bool subjects) const {
    if (u.where != Where::body || base < 1'000'000)
        return std::nullopt;
    bool after_quote = !ex.quotes.empty() && ex.quotes.back().where == Where::body &&
                       ex.quotes.back().section == u.section && ex.quotes.back().paragraph + 1 >= u.paragraph;
    for (auto it = ex.sp.events.rbegin(); !after_quote && it != ex.sp.events.rend() && it->first >= base - 1'000'000;
         ++it) {
        const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
        if (it->first < base && (p.personal || (subjects && p.subject)))
            return p.name;
    }
    return std::nullopt;
}

// "Il s'agit de « A », de « B » et de « C »", "covering "A," "B" and "C"": a sentence quoting three
// fragments or more lists terms (of a law, a programme); with no cue, those are nobody's words.
bool UnitReader::listing(std::size_t from, std::size_t to) const {
    return quotes_between(from, to) >= 3;
}

// A verb form of reported speech (German Konjunktiv I "sei", "habe"; the French journalistic conditional
// "serait") in the words of the sentence outside its quotes.
bool UnitReader::reported(std::size_t from, std::size_t to) const {
    auto sp_it = std::lower_bound(spans.begin(), spans.end(), from,
                                  [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    // (in_list(ex.sp.lexs, "reported_speech_words", w) with the lists found once, not for each word)
    std::vector<const LexiconSection*> lists;
    for (const Lexicon* lex : ex.sp.lexs)
        if (const LexiconSection* sec = section_of(lex, "reported_speech_words"))
            lists.push_back(sec);
    if (lists.empty())
        return false;
    for (std::size_t w = word_index(from); w < ws.size() && ws[w].b < to; ++w) {
        while (sp_it != spans.end() && sp_it->close + sp_it->close_len <= ws[w].b)
            ++sp_it;
        bool inside = sp_it != spans.end() && ws[w].b > sp_it->open && ws[w].b < sp_it->close;
        if (!inside && !ws[w].punct &&
            std::any_of(lists.begin(), lists.end(), [&](const LexiconSection* sec) { return sec->has(ws[w].low); }))
            return true;
    }
    return false;
}

// Every quote added since the last call stands where `pending` says.
void UnitReader::settle() {
    while (first_quote + placed.size() < ex.quotes.size())
        placed.push_back(pending);
}

// The quoted span q with its text, its sentence, the words around it and its kind: direct when it stands as a
// sentence of its own, partial inside the writer's.
UnitReader::QuoteAt UnitReader::place(const QuoteSpan& q, std::string raw, std::string qt) const {
    const std::size_t inner_b = q.open + q.open_len, inner_e = q.close;
    const auto sentence = sentence_of(q.open);
    // A sentence is read at most a thousand bytes around its quote: a page without full stops is one run-on
    // "sentence", and reading it whole for each of its quotes would take quadratic time.
    const std::size_t sent_b = std::max(sentence.first, q.open > 1000 ? q.open - 1000 : std::size_t{0});
    const std::size_t sent_e = std::min(sentence.second, q.close + q.close_len + 1000);
    // Attribution is local: look at most a few hundred bytes around the quote, even in a run-on "sentence".
    const std::size_t sb = std::max(sent_b, q.open > 400 ? q.open - 400 : std::size_t{0});
    const std::size_t se = std::min(sent_e, q.close + q.close_len + 400);
    std::string_view before = text::trim(s.substr(sent_b, q.open - sent_b));
    std::size_t after_pos = q.close + q.close_len;
    std::string_view after = s.substr(after_pos, se > after_pos ? se - after_pos : 0);
    std::string_view after_trim = text::trim(after);
    bool starts_sentence = before.empty() || before.back() == ':' || (before.size() == 1 && before[0] == '-');
    bool ends_sentence = after_trim.empty() || after_trim.front() == ',' || after_trim.front() == '.' ||
                         after_trim.front() == '!' || after_trim.front() == '?' || after_trim.front() == ';';
    // "We will appeal," said X: the quote's own final punctuation also ends the writer's clause.
    std::string_view inner = text::trim(s.substr(inner_b, inner_e - inner_b));
    // "“You said, ‘we accept responsibility,’” Jane Doe said": a nested quote closing with the outer one
    // leaves the outer quote's punctuation inside it.
    std::string_view inner_end = inner;
    while (!inner_end.empty()) {
        std::size_t z = inner_end.size();
        char32_t last = text::prev_cp(inner_end, z);
        if (last != '\'' && !text::is_quote_mark(last))
            break;
        inner_end = inner_end.substr(0, z);
    }
    if (!inner_end.empty() && (inner_end.back() == ',' || inner_end.back() == '.' || inner_end.back() == '!' ||
                               inner_end.back() == '?'))
        ends_sentence = true;
    ends_sentence = ends_sentence || q.close == dialogue_close;
    QuoteKind kind = starts_sentence && ends_sentence ? QuoteKind::direct : QuoteKind::partial;
    return QuoteAt{q, std::move(raw), std::move(qt), inner, sentence, sent_b, sent_e, sb, se, before, after_pos, kind};
}

// "“If the plan fails,” she said, “we start again.”", "«Q1», a-t-il dit, «q2»", "„Q1“, sagte sie, „q2“": one
// sentence of the speaker's interrupted by its attribution is one quote. Q2 continues Q1 when only that
// attribution stands between them, one clause with one cue ending with a comma; after a full stop
// ("“Q1,” she said. “Q2.”") the second sentence is a quote of its own, and a colon introduces words of
// their own ("«Q1», dit-il, et ajoute: «Q2»").
bool UnitReader::joins_split(const QuoteAt& at) const {
    const QuoteSpan& q = at.q;
    const auto& sentence = at.sentence;
    bool continues_split = false;
    if (split.open) {
        std::string_view between = text::trim(s.substr(split.after, q.open - split.after));
        auto cue_at = [this](std::size_t byte) {
            return std::lower_bound(cues.begin(), cues.end(), byte,
                                    [](const Cue& c, std::size_t v) { return c.begin < v; });
        };
        auto n_cues = cue_at(q.open) - cue_at(split.after);
        continues_split = n_cues == 1 && sentence.first == sentence_of(split.q_open).first && !between.empty() &&
                          between.back() == ',';
        // The rest of the interrupted sentence goes on in lower case ("“If the plan fails,” she said, “we
        // start again.”", English "I" aside); a capital opens words of their own ('"Q1," Jane Doe said,
        // suggesting a few questions, including, "Mr. Mayor, do you ...?"').
        if (continues_split) {
            std::size_t z = q.open + q.open_len;
            char32_t c0 = 0; // the first letter, after spaces and Spanish "¿" / "¡"
            while (z < s.size()) {
                c0 = text::next_cp(s, z);
                if (c0 != ' ' && c0 != 0xBF && c0 != 0xA1)
                    break;
                c0 = 0;
            }
            char32_t c1 = z < s.size() ? text::next_cp(s, z) : 0;
            continues_split = !text::is_upper(c0) || (c0 == 'I' && !text::is_word_char(c1));
        }
        // "“Q1,” Jane Doe said. “Q2.”": where the language's news convention counts the sentence after the
        // attribution as the same quotation, Q2 continues Q1 when it opens the very next sentence (the
        // attribution sentence holds Q1's cue and nothing else quoted) and names no speaker of its own.
        if (!continues_split && n_cues >= 1 && !between.empty() && between.back() == '.' && sentence.first == q.open &&
            in_list(ex.sp.lexs, "quote_conventions", "one quotation across its attribution")) {
            std::size_t q1_end = sentence_of(split.q_open).second;
            continues_split = q1_end <= q.open && text::trim(s.substr(q1_end, q.open - q1_end)).empty();
        }
    }
    return continues_split;
}

// A name in quote marks inside a sentence: a newspaper („Financial Times“), a body, a ship, an
// event, a web address („news.example.org“). Nobody said those words.
// But a verb of naming a few words before gives the name as someone's words: "Trump called the winner
// “Miss Piggy”", "er nannte ihn „Herr Professor“".
bool UnitReader::names_no_one(const QuoteAt& at) const {
    const QuoteSpan& q = at.q;
    const std::string& qt = at.text;
    const QuoteKind kind = at.kind;
    if (kind == QuoteKind::partial && title_like(qt)) {
        bool named = false;
        for (std::size_t w = word_index(q.open), d = 0; w > 0 && d < 6 && !named; --w, ++d) {
            // "called her “Miss Piggy” and “Miss Housekeeping”": an earlier quote coordinated with this one
            // is read past, to the verb that names both.
            if (ws[w - 1].punct) {
                // (outermost spans do not overlap: they are in the order of their closing marks too)
                auto prev = std::lower_bound(spans.begin(), spans.end(), ws[w - 1].b,
                                             [](const QuoteSpan& o, std::size_t v) { return o.close < v; });
                if (prev != spans.end() && prev->closed && prev->close == ws[w - 1].b) {
                    w = word_index(prev->open) + 1;
                    --d; // (the quote read past counts as one word)
                    continue;
                }
            }
            if (ws[w - 1].punct)
                break;
            named = in_list(ex.sp.lexs, "naming_words", ws[w - 1].low);
        }
        if (!named)
            return true;
    }
    // "der Fernsehsender „Silverbird“", "the film "Night Harbor"", "l'opération «Bordure protectrice»": a
    // noun naming a kind of title or body right before capitalised quoted words makes them its name (but
    // "the campaign "to continue calling out bias"" quotes the campaign).
    if (kind == QuoteKind::partial) {
        std::size_t w = word_index(q.open);
        std::size_t i = 0;
        char32_t first = text::next_cp(qt, i);
        if (w > 0 && !ws[w - 1].punct && title_noun(ws[w - 1].low, ex.sp) &&
            (text::is_upper(first) || (first >= '0' && first <= '9')))
            return true;
        // "said on Fox News’s “Fox and Friends.”", "told CBS's "Face the Nation"": capitalised words after a
        // possessive name are the title of that network's or paper's show or column.
        bool show_title = false;
        if (w > 0 && !ws[w - 1].punct && ws[w - 1].upper && title_case(qt)) {
            const std::string_view pw = ws[w - 1].low;
            for (std::string_view poss : {"’s", "'s"})
                show_title = show_title || ends_after(pw, poss, 0);
        }
        if (show_title)
            return true;
        // "das Prinzip, „ein Mann, eine Stimme“": the noun and its name set off by a comma.
        if (w > 1 && ws[w - 1].low == "," && !ws[w - 2].punct && title_noun(ws[w - 2].low, ex.sp))
            return true;
        // "the so-called "experts"", "die sogenannten „Experten“", "la loi dite «Evin»": the writer keeps
        // the word at a distance or gives a name; nobody is quoted.
        if (w > 0 && !ws[w - 1].punct && in_list(ex.sp.lexs, "scare_words", ws[w - 1].low))
            return true;
    }
    return false;
}

// "“Q” ― Pamela Ortiz" / "«Q» — Jean Dupont, maire": a dash then a name signs the quote.
bool UnitReader::signed_by_dash(const QuoteAt& at, Quote& out) {
    std::size_t k = word_index(at.after_pos);
    if (k < ws.size() && ws[k].punct && (ws[k].low == "―" || ws[k].low == "—" || ws[k].low == "–" || ws[k].low == "-")) {
        std::size_t f = k + 1, e = f;
        while (e < ws.size() && !ws[e].punct && (ws[e].upper || particle(ws[e].low)) && e - f < 5)
            ++e;
        bool ends = e >= ws.size() || (ws[e].punct && (ws[e].low == "." || ws[e].low == "," || ws[e].low == "("));
        if (e > f && ends && ws[f].upper) {
            out.cue = ws[k].low;
            out.mention = span_text(s, ws, f, e - 1);
            std::string name = *out.mention;
            int p = ex.sp.add_person(name);
            ex.sp.people[static_cast<std::size_t>(p)].personal = true;
            ex.sp.mentioned(base + ws[f].b, p);
            ex.add(out, ex.sp.people[static_cast<std::size_t>(p)].name);
            return true;
        }
    }
    return false;
}

// Attribution after the quote: «Q», a déclaré X / "Q," X said / "Q," said X / „Q“, so X.
bool UnitReader::attribute_after(const QuoteAt& at, Quote& out) {
    const QuoteSpan& q = at.q;
    const std::size_t se = at.se, after_pos = at.after_pos;
    const std::string_view inner = at.inner;
    std::size_t k0 = word_index(after_pos);
    std::size_t ke = word_index(se);
    bool found = false;
    std::size_t clause_end = ke;
    // „Q.“ Er bezeichnete …: a quote closing on its own full stop ends the sentence, and a capitalised
    // word after it opens the next one, which attributes nothing.
    if (!inner.empty() && (inner.back() == '.' || inner.back() == '!' || inner.back() == '?') && k0 < ws.size() &&
        !ws[k0].punct && ws[k0].upper)
        clause_end = k0;
    for (std::size_t k = k0; k < clause_end; ++k)
        if (ws[k].punct && text::is_quote_mark([&] { std::size_t z = 0; return text::next_cp(ws[k].low, z); }())) {
            clause_end = k;
            break;
        }
    auto first_cue = std::lower_bound(cues.begin(), cues.end(), after_pos,
                                      [](const Cue& c, std::size_t v) { return c.begin < v; });
    for (auto cit = first_cue; cit != cues.end(); ++cit) {
        const auto& c = *cit;
        if (c.begin >= se)
            break;
        if (c.begin < after_pos || c.begin >= (clause_end < ws.size() ? ws[clause_end].b : s.size()))
            continue;
        std::size_t ci = word_index(c.begin), cend = word_index(c.end);
        // The cue must open a clause: right after the quote or after a comma.
        // The cue opens the attribution right after the quote ("«Q», a déclaré X"), or after the rest of
        // the writer's clause ("«Q» de la ville, a dit X"); when a name stands between quote and cue,
        // that name is the subject ("\"Q,\" Tomas Lindqvist, an analyst, told Reuters").
        bool name_between = false;
        for (std::size_t j = k0; j < ci; ++j)
            name_between = name_between || (!ws[j].punct && ws[j].upper && !ex.sp.stopword(ws[j].low));
        // "«Q», se pregunta Iris": a reflexive or object clitic stands between the comma and the verb.
        if (ci >= 2 && ci - 1 >= k0 && !ws[ci - 1].punct && in_list(ex.sp.lexs, "clitics", ws[ci - 1].low) &&
            ws[ci - 2].low == ",") {
            name_between = false;
            for (std::size_t j = k0; j + 1 < ci; ++j)
                name_between = name_between || (!ws[j].punct && ws[j].upper && !ex.sp.stopword(ws[j].low));
            if (!name_between)
                k0 = ci;
        }
        bool clause_start = ci == k0 || (ci == k0 + 1 && ws[k0].low == ",") ||
                            (ci > 0 && ws[ci - 1].low == "," && !name_between);
        bool subject_first = false;
        std::optional<std::pair<std::size_t, std::size_t>> m;
        if (!c.pronoun.empty()) {
            out.mention = c.pronoun;
            out.cue = c.text;
            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
            auto spk = ex.resolve(c.pronoun, pw, 0, 0, base + c.begin);
            ex.add(out, spk);
            found = true;
            break;
        }
        if (clause_start) {
            if (c.text == "so" && !(ci == k0 || (ci == k0 + 1 && ws[k0].low == ",")))
                continue;
            // "„Q“, so Peter Meier" / "so der Sprecher" names a speaker; "„Wikiasari“, so heißt ein
            // Projekt" goes on with a verb: the quote is a name.
            std::size_t from = cend;
            if (c.text == "so" && cend < ws.size() && !ws[cend].punct && !ws[cend].upper &&
                !in_list(ex.sp.lexs, "articles", ws[cend].low)) {
                // But "„Q“, so charakterisierte ihn der Gewerkschafter Paul Roth": a verb (and its object
                // pronoun) then a mention with a name.
                std::size_t j = cend + 1;
                if (j < ws.size() && !ws[j].punct && !ws[j].upper && !in_list(ex.sp.lexs, "articles", ws[j].low))
                    ++j;
                auto named = ex.mention_after(ws, j);
                bool has_name = false;
                if (named) {
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(named->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(named->second + 1));
                    has_name = !names_in(sub, ex.sp).empty();
                }
                if (!has_name)
                    continue;
                from = j;
            }
            m = ex.mention_after(ws, from);
            // "«Q», dice." / "«Q», aclara y remarca": a verb without a subject (Spanish and Italian drop
            // it) continues the last speaker.
            bool right_after = ci == k0 || (ci == k0 + 1 && ws[k0].low == ",");
            bool bare = cend >= ws.size() || (ws[cend].punct && ws[cend].low != ",") ||
                        (in_list(ex.sp.lexs, "sentence_openers", ws[cend].low) && cend + 1 < ws.size() &&
                         is_speech_verb(ex.sp.lexs, ws[cend + 1].low));
            if ((!m || (bare && cend < ws.size() && !ws[cend].punct)) && right_after && bare && u.where == Where::body) {
                out.cue = c.text;
                // "Graciela Lois cree que ... «Q», aclara": the person the paragraph spoke of before, or
                // the one the writer's paragraph before spoke of ("Lucía Gómez visitó las obras. / «Q»,
                // explicó").
                auto who = unit_person(q.open);
                if (!who)
                    who = writer_paragraph_person(true);
                ex.add(out, who ? who : ex.last_speaker);
                found = true;
                break;
            }
        } else if (ci > k0 && (ws[k0].low == "," || k0 + 1 <= ci)) {
            // "Q," X said — the words between the quote and the cue are the subject.
            std::size_t first = k0;
            while (first < ci && ws[first].punct)
                ++first;
            // "Q," the mayor, Markus Hollerer, said: commas may set off an apposition inside the subject.
            std::size_t last = ci - 1;
            while (last > first && ws[last].low == ",")
                --last;
            if (first <= last && last - first < 24 && (first == k0 || ws[first - 1].low == ",")) {
                // "Q," Jane Doe, the attorney general of the state, one of the states suing, said /
                // "Q," panel Chairman Rep. John Roe (R-Ohio) said / "Q," Ann Smith, D-Md., said:
                // commas, a parenthesis and an abbreviation's dot may stand inside a long subject.
                bool clean = last - first < 12 || ws[first].upper;
                int depth = 0;
                for (std::size_t j = first; j <= last; ++j) {
                    const std::string_view w = ws[j].low;
                    if (w == "(")
                        ++depth;
                    else if (w == ")")
                        --depth;
                    // "R-Ky.,": a dot glued to a word and followed by a comma
                    bool abbrev_dot = w == "." && j > first && !ws[j - 1].punct && ws[j - 1].e == ws[j].b &&
                                      (j == last || ws[j + 1].low == ",");
                    clean = clean && (!ws[j].punct || w == "," || w == "(" || w == ")" || depth > 0 || abbrev_dot);
                }
                clean = clean && depth == 0;
                // "Q" but insisted: function words alone are no subject.
                bool content = false;
                for (std::size_t j = first; j <= last; ++j) {
                    char g = 'x';
                    content = content || ex.sp.pronoun(ws[j].low, g) ||
                              (!ws[j].punct && !ex.sp.stopword(ws[j].low) &&
                               !in_list(ex.sp.lexs, "sentence_openers", ws[j].low));
                }
                // "“absolutely right” when he said ...", "... but he said": a conjunction opens a new clause
                // whose verb does not attribute the quote before it.
                // But "“Q” while they were in power, Azzouz said": after a comma, the subject.
                bool new_clause = in_list(ex.sp.lexs, "sentence_openers", ws[first].low);
                for (std::size_t j = last; new_clause && j > first; --j)
                    if (ws[j].low == "," && j < last) {
                        first = j + 1;
                        new_clause = false;
                    }
                if (clean && content && !new_clause) {
                    m = std::make_pair(first, last);
                    subject_first = true;
                }
            }
        }
        if (!m)
            continue;
        (void)subject_first;
        out.mention = span_text(s, ws, m->first, m->second);
        out.cue = c.text;
        ex.add(out, ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b));
        found = true;
        break;
    }
    return found;
}

// Attribution before the quote in the same sentence: X a déclaré: «Q» / son homologue lui a assuré que «Q».
bool UnitReader::attribute_before(const QuoteAt& at, Quote& out) {
    const QuoteSpan& q = at.q;
    const std::string& qt = at.text;
    const std::size_t sb = at.sb, sent_b = at.sent_b;
    bool found = false;
    auto past = std::lower_bound(cues.begin(), cues.end(), q.open,
                                 [](const Cue& c, std::size_t v) { return c.begin < v; });
    for (auto it = std::make_reverse_iterator(past); it != cues.rend() && it->begin >= sb; ++it) {
        const auto& c = *it;
        if (c.end > q.open)
            continue;
        // A cue inside an earlier quote is the quoted person's word, not an attribution.
        auto r = std::upper_bound(quoted.begin(), quoted.end(), c.begin,
                                  [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.first; });
        bool inside_other = r != quoted.begin() && c.begin < std::prev(r)->second;
        if (inside_other)
            continue;
        // "Anna Muster erklärte: „Wir prüfen alles.“ Der Sprecher ...: „Q“": an earlier quote that the cue
        // introduced with a colon and that closes on its own full stop ended the cue's sentence (but
        // "betonte, sie seien „Q1.“ Sie seien „Q2.“" reports on in the writer's words).
        auto from_span = std::lower_bound(spans.begin(), spans.end(), c.end,
                                          [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
        auto to_span = std::lower_bound(from_span, spans.end(), q.open,
                                        [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
        bool closed_between = std::any_of(from_span, to_span, [&](const QuoteSpan& o) {
            if (o.open < c.end || o.close >= q.open || !o.closed)
                return false;
            std::string_view lead = text::trim(s.substr(c.end, o.open - c.end));
            if (lead.empty() || lead.back() != ':')
                return false;
            std::string_view in = text::trim(s.substr(o.open + o.open_len, o.close - o.open - o.open_len));
            return !in.empty() && (in.back() == '.' || in.back() == '!' || in.back() == '?');
        });
        if (closed_between)
            break;
        // German "so" before a quote is the adverb of "die so genannte „Reichensteuer“" unless it
        // introduces the words: "erläutert es so: „Q“".
        if (c.text == "so" || c.text == "So") {
            std::size_t after_so = word_index(c.end);
            if (after_so >= ws.size() || ws[after_so].low != ":")
                continue;
        }
        std::size_t ci = word_index(c.begin);
        out.cue = c.text;
        if (!c.pronoun.empty()) {
            out.mention = c.pronoun;
            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
            ex.add(out, ex.resolve(c.pronoun, pw, 0, 0, base + c.begin));
        } else {
            // The subject may follow the verb: "Der Zeitung sagte Filep Karma: „Q“", "Ähnlich äußerte
            // sich der Präsident Max Roth: „Q“", "Then said Jane Doe: "Q"".
            std::size_t cend = word_index(c.end);
            // "„Q1“, und fügt hinzu: „Q2“": a cue opened by a conjunction right after a quote or a comma
            // has the last speaker as its subject.
            if (u.where == Where::body && ci >= 2 && in_list(ex.sp.lexs, "sentence_openers", ws[ci - 1].low) &&
                ws[ci - 2].punct && ws[ci - 2].low != "." && ex.last_speaker) {
                ex.add(out, ex.last_speaker);
                found = true;
                break;
            }
            // (indices rather than an optional pair: GCC's -Wmaybe-uninitialized misreads the latter)
            bool has_after = false;
            std::pair<std::size_t, std::size_t> am{0, 0};
            if (cend < ws.size() && ws[cend].b < q.open) {
                if (auto m = ex.mention_after(ws, cend); m && ws[m->second].e <= q.open) {
                    has_after = true;
                    am = *m;
                }
            }
            // Only a mention that ends the clause with a colon is surely the subject: in "called Miss
            // Universe "disgusting"" the object follows the verb.
            // "entgegnete Suttner empört: „Q“": an adverb or two may stand before the colon.
            std::size_t after_mention = am.second + 1;
            while (has_after && after_mention < ws.size() && after_mention <= am.second + 2 &&
                   !ws[after_mention].punct && !ws[after_mention].upper)
                ++after_mention;
            bool colon = has_after && after_mention < ws.size() && ws[after_mention].low == ":";
            auto before_m = ex.mention_before(ws, ci);
            // "Gegenüber der Zeitung sagte Meier: „Q“", "En la rueda de prensa declaró Lucía Gómez: «Q»": a
            // phrase opened by a preposition before the verb is no subject; the one before the colon is.
            if (before_m && colon && in_list(ex.sp.lexs, "preposition_words", ws[before_m->first].low))
                before_m.reset();
            std::optional<std::string> spk;
            if (colon && ex.opens_with_name(ws, am.first, am.second)) {
                before_m.reset();
            } else if (before_m) {
                spk = ex.resolve(s, ws, before_m->first, before_m->second, base + ws[before_m->first].b);
                if (!spk && colon) {
                    auto spk2 = ex.resolve(s, ws, am.first, am.second, base + ws[am.first].b);
                    if (spk2) {
                        spk = spk2;
                        before_m.reset();
                    }
                }
            }
            if (!before_m && has_after && !colon && !ex.capitalised_nouns_here()) {
                // ", calling Miss Universe "disgusting"": the words after the verb are its object; the
                // subject is in another clause.
                out.cue.reset();
                continue;
            } else if (!before_m && has_after && !colon && !ex.opens_with_name(ws, am.first, am.second)) {
                // "Thomas Gerber, Präsident des Vereins, begrüsste die Sanierung, bezeichnete das Tempo aber
                // als „zu langsam“": the object follows the verb; the subject is the name opening the sentence.
                if (auto o = opening_name(sent_b, ws[ci].b)) {
                    out.mention = span_text(s, ws, o->first, o->second);
                    spk = ex.resolve(s, ws, o->first, o->second, base + ws[o->first].b);
                } else {
                    // "Das berichtete die „Automobilwoche“": no subject before the verb and nothing but an
                    // article between the verb and a capitalised quoted word or two: the quote names the
                    // speaker, it does not quote it.
                    bool articles_only = true;
                    for (std::size_t j = cend; j < word_index(q.open); ++j)
                        articles_only = articles_only && !ws[j].punct && in_list(ex.sp.lexs, "articles", ws[j].low);
                    std::size_t z = 0;
                    if (articles_only && !has_words(qt, 3) && text::is_upper(text::next_cp(qt, z)))
                        break;
                    out.mention.reset();
                }
            } else if (!before_m && has_after) {
                if (!spk)
                    spk = ex.resolve(s, ws, am.first, am.second, base + ws[am.first].b);
                out.mention = span_text(s, ws, am.first, am.second);
            } else if (before_m) {
                out.mention = span_text(s, ws, before_m->first, before_m->second);
            } else {
                out.cue.reset();
                continue;
            }
            ex.add(out, spk);
        }
        found = true;
        break;
    }
    return found;
}

// "selon X", "laut X", "according to X" in the quote's sentence.
bool UnitReader::attribute_according(const QuoteAt& at, Quote& out) {
    const std::size_t sb = at.sb, se = at.se;
    if (auto acc = ex.according(ws, word_index(sb), word_index(se))) {
        out.cue = span_text(s, ws, acc->cue_first, acc->cue_last);
        out.mention = span_text(s, ws, acc->m_first, acc->m_last);
        ex.add(out, ex.resolve(s, ws, acc->m_first, acc->m_last, base + ws[acc->m_first].b));
        return true;
    }
    return false;
}

// No cue. A whole quoted statement continues the previous speaker's words; a short quoted term
// without a cue is a title, a name or a scare quote, not a quotation.
void UnitReader::attribute_without_cue(const QuoteAt& at, Quote& out) {
    const QuoteSpan& q = at.q;
    const std::string& qt = at.text;
    const auto& sentence = at.sentence;
    const std::size_t sent_b = at.sent_b, sent_e = at.sent_e;
    const std::string_view before = at.before;
    const QuoteKind kind = at.kind;
    // "'All Bets Are Off.'" alone on its line: words in title case with no cue are a heading or a title.
    if (kind == QuoteKind::direct && !ex.sp.capitalised_nouns && title_case(qt))
        return;
    if (kind == QuoteKind::direct && has_words(qt, 4)) {
        std::optional<std::string> spk = u.where == Where::body ? ex.last_speaker : std::nullopt;
        bool local = false; // a speaker found in this paragraph
        // "Suttner begründete sein Verhalten. „Q“": the person the paragraph just spoke of.
        auto recent = ex.sp.recent(base + q.open);
        if (!recent.empty()) {
            // Only a person: a place or a body named in the paragraph ("Harvard University") does not
            // take the words from the last speaker.
            if (auto who = unit_person(q.open)) {
                spk = who;
                local = true;
            }
        }
        // "Der Sprecher, Jonas Keller, versuchte mit den Worten zu beruhigen: „Q“", "Nora Field put it
        // simply: "Q"": a colon after the writer's clause hands the words to the person that clause names.
        if (!before.empty() && before.back() == ':') {
            // (after an earlier quote of the sentence: „Q1.“ Der Sprecher ...: „Q2“)
            std::size_t from = sent_b;
            if (quoted.size() >= 2 && quoted[quoted.size() - 2].second > from)
                from = quoted[quoted.size() - 2].second;
            if (auto who = sentence_person(from, q.open, true)) {
                ex.add(out, who);
                return;
            }
        }
        // "Der BGH widersprach der Ansicht. „Q“", "Jane Doe described the plan. "Q"": the subject of a
        // speech verb in the sentence just before speaks on.
        // Sentences are in order: the last one ending before this one starts.
        const std::size_t starts = sentence.first;
        auto prev = std::make_reverse_iterator(std::upper_bound(
            sents.begin(), sents.end(), starts,
            [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.second; }));
        if (prev != sents.rend()) {
            auto [pb, pe] = *prev;
            auto from = std::lower_bound(cues.begin(), cues.end(), pb, [](const Cue& c, std::size_t v) { return c.begin < v; });
            for (auto it = from; it != cues.end() && it->end <= pe && it->end <= q.open; ++it) {
                auto r = std::upper_bound(quoted.begin(), quoted.end(), it->begin,
                                          [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.first; });
                bool in_quote = r != quoted.begin() && it->begin < std::prev(r)->second;
                if (in_quote || !it->pronoun.empty())
                    continue;
                if (auto m = ex.mention_before(ws, word_index(it->begin)); m && ws[m->first].b >= pb) {
                    if (auto who = ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b)) {
                        spk = who;
                        local = true;
                        break;
                    }
                }
            }
            // "Die SPD will am Kurs festhalten. „Q“": with no person in the paragraph, a body opening the
            // sentence before speaks on.
            if (!local)
                if (auto a = opening_acronym(pb, pe))
                    spk = ex.resolve(s, ws, *a, *a, base + ws[*a].b);
        }
        // "But for Parata the deaths are personal. / “It's very emotional.”": a quote opening a paragraph
        // after a paragraph of the writer's (no quote in it) that spoke of a person is that person's.
        if (!local && q.open < 4)
            if (auto who = writer_paragraph_person(false)) {
                spk = who;
                local = true;
            }
        // A quoted statement far from the last attributed quote (in another section, or five paragraphs
        // on) and naming no one around it continues nobody's words: a pull quote, or the title of a
        // teaser in the page around the article.
        if (!local && u.where == Where::body && ex.cue_section >= 0 &&
            (u.section != ex.cue_section || u.paragraph - ex.cue_paragraph >= 5))
            return;
        ex.add(out, spk);
    } else if (kind == QuoteKind::partial && has_words(qt, 6) && !listing(sent_b, sent_e)) {
        // "Celebi stellte fest, dass „die Hilferufe ... nicht ernst genommen worden“ seien": with no cue
        // the writer's sentence still names its subject first, when it opens with a person's name.
        std::optional<std::string> spk;
        if (auto o = opening_name(sent_b, q.open)) {
            std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                  ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
            auto n = names_in(sub, ex.sp).front();
            spk = ex.resolve(s, ws, o->first + n.first, o->first + n.last, base + ws[o->first].b);
        } else if (auto a = opening_acronym(sent_b, q.open)) {
            spk = ex.resolve(s, ws, *a, *a, base + ws[*a].b);
        } else {
            // "Zu dieser Zeit ging Celebi noch davon aus, dass „Q“": else the first person the sentence
            // names before the quote, known or standing where a subject stands ("ging Anna Roth davon
            // aus"), not one governed by a preposition.
            spk = sentence_person(sent_b, q.open, true);
        }
        // "„Q1“, so Suttner. Außerdem hätte der Sender „die Gelegenheit gegeben, ...“": a sentence in the
        // mood of reported speech that names no one goes on with the words of the last speaker.
        if (!spk && u.where == Where::body && reported(sent_b, sent_e)) {
            if (quotes_between(sent_b, sent_e) >= 2) {
                orphans.push_back({out, pending, ex.last_speaker});
                return;
            }
            spk = ex.last_speaker;
        }
        ex.add(out, spk);
    } else if (kind == QuoteKind::partial && u.where == Where::body && has_words(qt, 2) &&
               reported(sent_b, sent_e)) {
        // "Der Niederländer sei „nicht aggressiv“", "Le ministre serait « très inquiet »": a sentence in the
        // mood of reported speech goes on with the words of the person the text last reported (a single
        // quoted word there is still a term or a name: „Strahlenphobie“), unless the sentence names a
        // person before the quote ("Zuvor habe Celebi „die Verhandlung verzögert“").
        // But "Die „A“ hätten „B“ getan, so Murtha": another quote of the sentence may have a cue of its own.
        auto who = sentence_person(sent_b, q.open, true);
        if (!who && quotes_between(sent_b, sent_e) >= 2)
            orphans.push_back({out, pending, ex.last_speaker});
        else
            ex.add(out, who ? who : ex.last_speaker);
    } else if (kind == QuoteKind::partial) {
        orphans.push_back({out, pending, std::nullopt});
    }
}

// The orphans take the attribution of the first quote of their sentence that has a cue and a speaker.
void UnitReader::place_orphans() {
    // The first quote of each sentence with a cue and a speaker, found in one pass (not once per orphan).
    std::unordered_map<std::size_t, std::size_t> attributed; // sentence -> index in placed
    if (!orphans.empty())
        for (std::size_t j = 0; j < placed.size(); ++j) {
            const Quote& other = ex.quotes[first_quote + j];
            if (other.cue && other.speaker)
                attributed.emplace(placed[j].sentence, j);
        }
    for (auto& o : orphans) {
        auto by = attributed.find(o.at.sentence);
        if (by == attributed.end()) {
            if (!o.fallback)
                continue;
            std::size_t at = 0;
            while (at < placed.size() && placed[at].open < o.at.open)
                ++at;
            o.quote.speaker = o.fallback;
            ex.quotes.insert(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote + at), o.quote);
            placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(at), o.at);
            continue;
        }
        std::size_t j = by->second;
        const Quote& other = ex.quotes[first_quote + j];
        o.quote.speaker = other.speaker;
        o.quote.mention = other.mention;
        o.quote.cue = other.cue;
        std::size_t at = o.at.open < placed[j].open ? j : j + 1;
        ex.quotes.insert(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote + at), o.quote);
        placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(at), o.at);
    }
}

// "“MORALES: We will not wait.", "«DUPONT : Nous verrons.", "„HUBER: Das bleibt so.": a quoted transcript
// turn opens the paragraph with its speaker's name in capitals and a colon; the rest of the paragraph is
// that speaker's words, whether or not the mark closes (transcripts leave it open until the last turn).
// Returns the byte after the colon and the name, or nothing.
std::optional<std::pair<std::size_t, std::string>> transcript_turn(std::string_view s) {
    std::size_t i = 0;
    const char32_t mark = s.empty() ? 0 : text::next_cp(s, i);
    if (mark != '"' && mark != 0x201C && mark != 0x201E && mark != 0xAB)
        return std::nullopt;
    const std::size_t name_b = i;
    int letters = 0;
    while (i < s.size() && s[i] != ':' && i - name_b < 40) {
        char32_t c = text::next_cp(s, i);
        if (text::is_upper(c))
            ++letters;
        else if (!(c == ' ' || c == '.' || c == '-' || c == '\''))
            return std::nullopt;
    }
    // a colon, then the words (one space before the colon as French writes it)
    if (letters < 2 || i + 2 >= s.size() || s[i] != ':' || s[i + 1] != ' ' || s[name_b] == ' ')
        return std::nullopt;
    std::string name(text::trim(s.substr(name_b, i - name_b)));
    return std::make_pair(i + 1, name);
}

// The unit's quotes in reading order, then its indirect speech.
void UnitReader::read(Carry& carry) {
    if (u.where == Where::body)
        if (auto turn = transcript_turn(s)) {
            carry.on = false;
            std::string t(text::trim(s.substr(turn->first)));
            // its closing mark, when the turn ends the transcript
            for (std::string_view close : {"\"", "\u201D", "\u201C", "\u00BB"})
                if (t.size() > close.size() && std::string_view(t).substr(t.size() - close.size()) == close) {
                    t.resize(t.size() - close.size());
                    break;
                }
            Quote out = make_quote(u, strip_edge_punct(t), QuoteKind::direct);
            out.mention = turn->second;
            ex.add(std::move(out), turn->second);
            pending = Placed{0, 0};
            settle();
            if (!spans.empty() && spans.front().open == 0)
                spans.erase(spans.begin());
        }
    // A quote running on from the previous paragraph: its words lead the first quote of this one.
    std::string prefix;
    if (carry.on) {
        carry.on = false;
        if (!spans.empty() && spans.front().open < 4) {
            const auto& q0 = spans.front();
            std::string more = std::string(s.substr(q0.open + q0.open_len, q0.close - q0.open - q0.open_len));
            if (!q0.closed) {
                carry.on = true;
                carry.text += " " + more;
                return;
            }
            prefix = carry.text + " ";
        }
    }
    for (const auto& q : spans) {
        settle();
        std::string raw = prefix + std::string(s.substr(q.open + q.open_len, q.close - q.open - q.open_len));
        std::string qt = strip_edge_punct(raw);
        prefix.clear();
        if (qt.empty())
            continue;
        if (!q.closed) {
            // Only a quote opening a paragraph may run over to the next one.
            if (q.open > 0)
                continue;
            carry.on = true;
            carry.text = qt;
            return;
        }
        quoted.emplace_back(q.open, q.close + q.close_len);
        const QuoteAt at = place(q, std::move(raw), std::move(qt));
        pending = Placed{at.sent_b, q.open};
        const bool continues_split = joins_split(at);
        split.open = false;
        Quote out = make_quote(u, at.text, at.kind);
        if (names_no_one(at) || signed_by_dash(at, out))
            continue;
        if (attribute_after(at, out)) {
            if (at.kind == QuoteKind::direct)
                split = Split{true, ex.quotes.size() - 1, q.open, at.after_pos, text::collapse(at.raw)};
            continue;
        }
        // The rest of an interrupted sentence has no attribution of its own: its words join Q1's.
        if (continues_split) {
            Quote& q1 = ex.quotes[split.quote];
            std::string joined = split.raw + " " + text::collapse(at.raw);
            q1.text = strip_edge_punct(joined);
            continue;
        }
        if (attribute_before(at, out) || attribute_according(at, out))
            continue;
        attribute_without_cue(at, out);
    }
    settle();
    place_orphans();
    indirect_speech(ex, u, ws, spans, sents, base);
}

void process_unit(Extractor& ex, const Unit& u, std::size_t order, Carry& carry) {
    UnitReader(ex, u, order).read(carry);
}

} // namespace
} // namespace quoting

std::vector<Quote> extract_quotes(const Article& a) {
    quoting::reset_word_store(); // (the words of the last page are gone)
    quoting::Extractor ex;
    ex.language = a.language.value_or("");
    ex.sp.lexs = quoting::lexicons_for(ex.language);
    ex.sp.capitalised_nouns = ex.language == "de";

    std::vector<quoting::Unit> units;
    if (a.lede)
        units.push_back({*a.lede, Where::lede});
    for (const auto& m : a.media)
        if (m.caption)
            units.push_back({*m.caption, Where::caption});
    for (std::size_t si = 0; si < a.sections.size(); ++si)
        for (std::size_t pi = 0; pi < a.sections[si].paragraphs.size(); ++pi)
            units.push_back({a.sections[si].paragraphs[pi], Where::body, static_cast<int>(si), static_cast<int>(pi)});

    quoting::Carry carry;
    for (std::size_t k = 0; k < units.size(); ++k) {
        if (carry.on && units[k].where != Where::body)
            carry.on = false;
        quoting::process_unit(ex, units[k], k + 1, carry);
    }
    // Quotes in the reading order of the text units; sort body quotes by their place.
    auto in_order = [](const Quote& x, const Quote& y) {
        auto rank = [](const Quote& q) { return static_cast<int>(q.where); };
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        return std::tie(x.section, x.paragraph) < std::tie(y.section, y.paragraph);
    };
    // (the units are read in about that order: most pages have their quotes sorted already, and are not moved)
    if (!std::is_sorted(ex.quotes.begin(), ex.quotes.end(), in_order))
        std::stable_sort(ex.quotes.begin(), ex.quotes.end(), in_order);

    // The headline: its quotes are attributed from the body (the same words quoted there, or the first
    // speaker the article names).
    std::vector<Quote> head;
    if (a.headline) {
        std::string_view h = *a.headline;
        auto spans = find_quote_spans(h);
        // "Chris Vale Calls the Plan 'A Disgrace'", "Vale: Rivals Were 'Mocking' Us": a headline that names its
        // speaker, by a speech verb outside the quote marks or by a body speaker before a colon, makes even a
        // word or two in quote marks someone's words. Otherwise they are a title or a name ("Saturnsonde
        // „Cassini“").
        bool attributed = false;
        for (const auto& c : find_cues(h, 0, h.size(), ex.language))
            attributed = attributed || std::none_of(spans.begin(), spans.end(), [&c](const QuoteSpan& q) {
                             return c.begin > q.open && c.begin < q.close;
                         });
        if (auto colon = h.find(':'); colon != std::string_view::npos && !attributed) {
            auto before = text::words_lower(h.substr(0, colon));
            for (const auto& bq : ex.quotes)
                if (bq.speaker && bq.where == Where::body &&
                    std::find(before.begin(), before.end(), quoting::Speakers::last_word(*bq.speaker)) != before.end())
                    attributed = true;
        }
        for (const auto& q : spans) {
            if (!q.closed)
                continue;
            std::string qt = quoting::strip_edge_punct(std::string(h.substr(q.open + q.open_len, q.close - q.open - q.open_len)));
            if (!quoting::has_words(qt, 3) && !(attributed && quoting::has_words(qt, 1)))
                continue;
            Quote out;
            out.text = qt;
            out.kind = QuoteKind::direct;
            out.where = Where::headline;
            // The distinct words of the headline's quote, sorted; the words a body quote shares with it are those of
            // them met among its words (read one at a time, without a list or a set of them).
            auto hw = text::words_lower(qt);
            std::sort(hw.begin(), hw.end());
            hw.erase(std::unique(hw.begin(), hw.end()), hw.end());
            std::vector<char> met(hw.size());
            std::string word;
            double best = 0.5;
            for (const auto& bq : ex.quotes) {
                if (!bq.speaker)
                    continue; // (only a quote with a speaker gives one)
                std::fill(met.begin(), met.end(), 0);
                std::size_t common = 0;
                for (std::size_t i = 0; text::next_word_lower(bq.text, i, word);)
                    if (auto at = std::lower_bound(hw.begin(), hw.end(), word); at != hw.end() && *at == word) {
                        common += met[static_cast<std::size_t>(at - hw.begin())] ? 0 : 1;
                        met[static_cast<std::size_t>(at - hw.begin())] = 1;
                    }
                double share = hw.empty() ? 0 : static_cast<double>(common) / static_cast<double>(hw.size());
                if (share > best) {
                    best = share;
                    out.speaker = bq.speaker;
                }
            }
            if (!out.speaker)
                for (const auto& bq : ex.quotes)
                    if (bq.speaker && bq.where == Where::body) {
                        out.speaker = bq.speaker;
                        break;
                    }
            head.push_back(std::move(out));
        }
    }
    head.insert(head.end(), ex.quotes.begin(), ex.quotes.end());
    return head;
}

} // namespace archive
