// Attribution: the quotes of each paragraph with their kind, cue, mention and speaker; the headline's quotes.
// Here: the stage itself, extract_quotes: the page's units read in turn (each by a UnitReader, quote_reader.cpp) in
// the room the last page left, its quotes put in reading order, and the headline's quotes attributed from the body.
#include "quote_reader.hpp"
#include "quote_nouns.hpp"
#include "quote_obituaries.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"

#include "own_names.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <optional>

namespace archive {
namespace quoting {

std::string strip_edge_punct(std::string_view quoted) {
    std::string t = text::collapse(quoted);
    while (!t.empty() && (t.back() == ',' || t.back() == ' '))
        t.pop_back();
    // 'Unser bester Kunde ist die Fährlinie", betonte er': a straight mark closing words whose opening mark the page
    // lost, no part of them (it pairs with no other mark in them).
    if (!t.empty() && t.back() == '"' && std::count(t.begin(), t.end(), '"') % 2 == 1) {
        t.pop_back();
        while (!t.empty() && (t.back() == ',' || t.back() == ' '))
            t.pop_back();
    }
    return t;
}

bool has_words(std::string_view s, int n) {
    // text::words_lower(s).size() >= n: its words are the runs of word characters, counted up to the n-th without
    // copying or lower-casing them (lower-casing moves no boundary between them)
    int found = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size() && found < n;) {
        const auto b = static_cast<unsigned char>(s[i]);
        bool word = false;
        if (b < 0x80) {
            word = (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
            ++i;
        } else {
            word = text::is_word_char(text::next_cp(s, i));
        }
        found += word && !in_word ? 1 : 0;
        in_word = word;
    }
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

// The gender ('f', 'm' or 'x') of the description the headline prints with its cue ("goleira da seleção", "la
// ministre", "der Sprecher"), as the body's descriptions read it.
char mention_gender(std::string_view mention, const Speakers& sp) {
    const auto low = text::words_lower(mention);
    const std::vector<std::string_view> words(low.begin(), low.end());
    return sp.gender_of(words);
}

// Whether person k (of sp; -1: none known) may be the one a headline's cue calls by a description, `mention` ("goleira
// da seleção", "la ministre"), of gender `gender` (mention_gender): when the mention holds a role noun in lower case,
// not if k's gender is known and another, nor if k was described by roles and none of them is among the mention's
// words ("goleira da seleção" is not "a minha colega do clube, a Jéssica Prado"). A capitalised noun is read as no
// role here: "La Policía dice …" names a body its officer speaks for, and a headline in title case ("Says Finance
// Minister") gives no word's case to go by.
bool fits_mention(std::string_view mention, char gender, int k, const Speakers& sp) {
    if (k < 0)
        return true;
    const Person& p = sp.people[static_cast<std::size_t>(k)];
    bool role = false, held = false;
    for (const std::string_view w : text::split_ws(mention)) {
        const std::string low = text::lower(w);
        held = held || std::find(p.roles.begin(), p.roles.end(), low) != p.roles.end();
        role = role || (!text::starts_upper(w) && role_noun(low, sp));
    }
    if (!role || held)
        return true;
    return (gender == 'x' || p.gender == 'x' || p.gender == gender) && p.roles.empty();
}

// The kind of the headline's quote q: direct when it stands as the headline's sentence, after nothing or a label's
// colon or a dash ("Johnson allies: ‘Q’", "„Q“ – X"), before nothing or a comma, a dash or a colon that lead to its
// cue ("‘Q’, says X", "« Q », affirme X"); partial inside the headline's own words ("Garland says rate cuts ‘not on
// the table’ until ...", "NHS waiting lists ‘will not be cleared’, says ...", "Söder nennt Vorschlag „Schnapsidee“").
QuoteKind headline_kind(std::string_view h, const QuoteSpan& q) {
    const std::string_view before = text::trim(h.substr(0, q.open));
    const std::string_view after = text::trim(h.substr(std::min(h.size(), q.close + q.close_len)));
    auto dash_at = [](std::string_view t, bool end) {
        for (std::string_view d : {"-", "\u2013", "\u2014"})
            if (end ? t.ends_with(d) : t.starts_with(d))
                return true;
        return false;
    };
    const bool opens = before.empty() || before.back() == ':' || dash_at(before, true);
    const bool closes = after.empty() || after.front() == ',' || after.front() == ':' || after.front() == '.' ||
                        after.front() == '!' || after.front() == '?' || dash_at(after, false);
    return opens && closes ? QuoteKind::direct : QuoteKind::partial;
}

// The cue printed in the headline outside its quote marks, and the words of its subject: before the cue ("Fed's
// Garland says rates ‘Q’" -> "Fed's Garland", "‘Q’, minister admits" -> "minister"), or after it when the quote
// and a comma lead ("‘Q’, says health secretary" -> "health secretary", "« Q », affirme Volodymyr Zelensky"). A subject
// of more than six words, or holding quote marks, is none.
void headline_cue(std::string_view h, const std::vector<QuoteSpan>& spans, const QuoteSpan& q, const Cue& c,
                  Quote& out) {
    out.cue = std::string(text::trim(h.substr(c.begin, c.end - c.begin)));
    std::size_t sb = 0, se = 0;
    if (c.begin >= q.close + q.close_len) {
        // ("‘Q’, minister admits as ...", "Trump ‘Q’ Could Address X, Lindsey Graham Says": the words between the
        // quote, or the comma after it, and the cue)
        sb = q.close + q.close_len;
        if (const std::size_t comma = h.substr(0, c.begin).rfind(','); comma != std::string_view::npos && comma >= sb)
            sb = comma + 1;
        se = c.begin;
        if (text::trim(h.substr(sb, se - sb)).empty()) {
            sb = c.end;
            se = h.size();
        }
    } else if (c.end <= q.open) {
        const std::size_t colon = h.substr(0, c.begin).rfind(':');
        sb = colon == std::string_view::npos ? 0 : colon + 1;
        se = c.begin;
    }
    std::string_view subject = text::trim(h.substr(sb, se - sb));
    while (!subject.empty() && (subject.back() == '.' || subject.back() == ','))
        subject = text::trim(subject.substr(0, subject.size() - 1));
    if (subject.empty() || text::words_lower(subject).size() > 6 ||
        std::any_of(spans.begin(), spans.end(), [&](const QuoteSpan& o) { return o.open < se && o.close >= sb; }))
        return;
    out.mention = std::string(subject);
}

// Whether a sentence of the headline `h` ends between bytes `from` and `to`: a full stop, a question or an
// exclamation mark after a word's small letters (no "U.S.", "Dr."), then a space.
bool stop_between(std::string_view h, std::size_t from, std::size_t to) {
    const auto small = [](char b) { return b >= 'a' && b <= 'z'; };
    for (std::size_t i = std::max(from, std::size_t{2}); i + 1 < to && i + 1 < h.size(); ++i)
        if ((h[i] == '.' || h[i] == '!' || h[i] == '?') && h[i + 1] == ' ' && small(h[i - 1]) && small(h[i - 2]))
            return true;
    return false;
}

// "La difesa: «Q»", "Processo Rossi, il pm chiede vent'anni. La difesa: «Q»", "El ministro: “Q”": the words of the
// headline's sentence right before the colon that opens its quote at byte `open`, one to four words opened by an
// article, describe who says it -> those words (the mention); nothing for a topic's label ("Budget: ‘Q’").
std::optional<std::string> article_label(std::string_view h, std::size_t open,
                                         const std::vector<const Lexicon*>& lexs) {
    const std::size_t most = 4;
    std::string_view lead = text::trim(h.substr(0, open));
    if (lead.empty() || lead.back() != ':')
        return std::nullopt;
    lead = text::trim(lead.substr(0, lead.size() - 1));
    std::size_t b = 0;
    for (std::size_t i = 0; i + 1 < lead.size(); ++i)
        if ((lead[i] == '.' || lead[i] == '!' || lead[i] == '?') && lead[i + 1] == ' ' && stop_between(lead, i, i + 2))
            b = i + 2;
    const std::string_view label = text::trim(lead.substr(b));
    const auto words = text::split_ws(label, most + 1);
    if (words.empty() || words.size() > most || !text::starts_upper(label) ||
        label.find_first_of(",;\"") != std::string_view::npos)
        return std::nullopt;
    // (the article whole, "La", or elided before its noun, "L'imputato")
    const std::string first = text::lower(words.front());
    const bool elided = after_elision(first).size() != first.size();
    if (!has_tag(lexs, WordTags::article, elided ? std::string_view(first).substr(0, 1) : std::string_view(first)))
        return std::nullopt;
    return std::string(label);
}

// "Inflação desacelera em novembro e fica em 0,21%, diz IBGE", "Schools will reopen on Monday, Smith says", "La
// inflación se modera, dice el INE": a headline without quote marks whose last comma leads to an inverted cue and its
// subject (one to five words, the cue first or last) reports what that subject said: the words before the comma (after
// a label's colon, three words at least) are its indirect quote. Its speaker is the person the body names by the
// subject's last word, or the subject itself when it is one capitalised word after articles (a body: "IBGE", "el
// INE"; in German, where every noun is capitalised, only an acronym); none for a description ("statistics office").
std::optional<Quote> inverted_cue_headline(std::string_view h, Extractor& ex) {
    const std::size_t comma = h.rfind(',');
    if (comma == std::string_view::npos || comma + 4 > h.size() || h.size() - comma > 80)
        return std::nullopt;
    const std::string_view tail = h.substr(comma + 1);
    const std::size_t tail_words = text::words_lower(tail).size();
    if (tail_words < 2 || tail_words > 6)
        return std::nullopt;
    const auto cues = find_cues(h, comma + 1, h.size(), ex.language);
    if (cues.size() != 1 || !cues.front().pronoun.empty())
        return std::nullopt;
    const Cue& c = cues.front();
    std::string_view before_cue = text::trim(h.substr(comma + 1, c.begin - comma - 1));
    std::string_view after_cue = text::trim(h.substr(c.end));
    while (!after_cue.empty() && after_cue.back() == '.')
        after_cue = text::trim(after_cue.substr(0, after_cue.size() - 1));
    if (before_cue.empty() == after_cue.empty())
        return std::nullopt; // (the cue opens or closes the subject's words, with words on one side only)
    const std::string_view subject = before_cue.empty() ? after_cue : before_cue;
    std::string_view said = text::trim(h.substr(0, comma));
    if (const std::size_t colon = said.find(':'); colon != std::string_view::npos)
        said = text::trim(said.substr(colon + 1));
    if (!has_words(said, 3) || text::has_ascii_digit(subject))
        return std::nullopt;
    Quote out;
    out.text = std::string(said);
    out.kind = QuoteKind::indirect;
    out.where = Where::headline;
    out.cue = c.text;
    out.mention = std::string(subject);
    std::vector<std::string_view> names; // (the subject's words after its articles)
    for (std::size_t i = 0, b = 0; i <= subject.size(); ++i)
        if (i == subject.size() || subject[i] == ' ') {
            const std::string_view w = subject.substr(b, i - b);
            if (!w.empty() && !(names.empty() && has_tag(ex.sp.lexs, WordTags::article, text::lower(w))))
                names.push_back(w);
            b = i + 1;
        }
    // ("Stocks fall, as investors say ...": a subject opened by another small word than an article is a clause's)
    if (names.empty() || (names.front().data() == subject.data() && !text::starts_upper(names.front()) &&
                          ex.sp.stopword(text::lower(names.front()))))
        return std::nullopt;
    const auto acronym = [](std::string_view w) {
        return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char b) { return b >= 'A' && b <= 'Z'; });
    };
    if (text::starts_upper(names.back())) {
        if (const int k = ex.sp.find_by_last_name(text::lower(names.back())); k >= 0)
            out.speaker = ex.sp.people[static_cast<std::size_t>(k)].name;
        else if (names.size() == 1 && (!ex.sp.capitalised_nouns || acronym(names.front())))
            out.speaker = std::string(names.front()); // (German "sagt der Papst": a noun, no body's name)
    } else {
        // ("…, says transport minister", "…, selon le ministre", "…, sagt der Verkehrsminister": a role in lower case,
        // its modifiers before it, names the one person the page describes by all of its words, else no one)
        std::vector<std::string> low;
        for (const std::string_view w : names)
            low.push_back(text::lower(w));
        out.speaker = quoting::role_holder(low, ex.sp);
    }
    return out;
}

void process_unit(Extractor& ex, const Unit& u, std::size_t order, Carry& carry) {
    const std::size_t first = ex.quotes.size();
    UnitReader(ex, u, order).read(carry);
    if (u.turn >= 0 && ex.quotes.size() > first + 1)
        settle_quoted_answer(ex, u, first);
}

// The room of a page's people, mentions, last names, units, words and sentences, handed on to the next page on the
// thread: most are blocks of several kilobytes, which cost more to take and give back than the page's small ones.
// The lists are emptied before they are used again (the last names are only looked up, never walked through: their
// table's size changes no result).
struct PageRoom {
    std::vector<Person> people; // (empty between pages: its people wait in spare_people, see Speakers)
    std::vector<Person> spare_people;
    std::vector<std::pair<std::size_t, int>> events;
    StringMap<int> by_last_name;
    std::vector<Unit> units;
    std::vector<Word> words, ready_words;
    std::vector<std::pair<std::size_t, std::size_t>> sentences;
};

PageRoom& page_room() {
    thread_local PageRoom room;
    return room;
}

// Lends the room to an Extractor and the page's units, and takes it back when the page is done.
class RoomLoan {
public:
    RoomLoan(Extractor& ex, std::vector<Unit>& units) : ex_(ex), units_(units) {
        PageRoom& room = page_room();
        ex.sp.people = std::move(room.people);
        ex.sp.spare_people = std::move(room.spare_people);
        ex.sp.events = std::move(room.events);
        ex.sp.by_last_name = std::move(room.by_last_name);
        ex.spare_words = std::move(room.words);
        ex.ready_words = std::move(room.ready_words);
        ex.spare_sentences = std::move(room.sentences);
        units = std::move(room.units);
        ex.sp.events.clear();
        ex.sp.by_last_name.clear();
        units.clear();
    }
    ~RoomLoan() {
        PageRoom& room = page_room();
        ex_.sp.clear_people();
        room.people = std::move(ex_.sp.people);
        room.spare_people = std::move(ex_.sp.spare_people);
        room.events = std::move(ex_.sp.events);
        room.by_last_name = std::move(ex_.sp.by_last_name);
        room.words = std::move(ex_.spare_words);
        room.ready_words = std::move(ex_.ready_words);
        room.sentences = std::move(ex_.spare_sentences);
        room.units = std::move(units_);
    }
    RoomLoan(const RoomLoan&) = delete;
    RoomLoan& operator=(const RoomLoan&) = delete;

private:
    Extractor& ex_;
    std::vector<Unit>& units_;
};

// "Valentina Orrego: «Los glaciares no esperan»", an interview's headline: the person it names before its colon,
// in two to four capitalised words that the body prints too, before the first quote mark -> that name. A short
// description in lower case may follow the name after a comma ("Marta Ruiz Gil, ex ministra de Obras: «Q»", "Anne
// Roux, maire de Sète : « Q »"); not a clause with a sentence's end in it ("Caso Ruiz, el fiscal pide ... . La
// defensa: «Q»").
// The name colon_name reads before the headline's colon by its shape alone (empty: none).
std::string_view colon_name_shape(std::string_view h, std::size_t first_open) {
    const std::size_t fewest = 2, most = 4, most_described = 8;
    const std::size_t colon = h.find(':');
    if (colon == std::string_view::npos || colon > first_open)
        return {};
    std::string_view name = text::trim(h.substr(0, colon));
    if (const std::size_t comma = name.find(','); comma != std::string_view::npos) {
        const std::string_view described = text::trim(name.substr(comma + 1));
        if (described.empty() || text::starts_upper(described) ||
            described.find_first_of(".!?") != std::string_view::npos ||
            text::split_ws(described, most_described + 1).size() > most_described)
            return {};
        name = text::trim(name.substr(0, comma));
    }
    const auto words = text::split_ws(name, most + 1);
    if (words.size() < fewest || words.size() > most ||
        !std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); }))
        return {};
    return name;
}

std::optional<std::string> colon_name(std::string_view h, std::size_t first_open, const Article& a) {
    const std::string_view name = colon_name_shape(h, first_open);
    if (name.empty())
        return std::nullopt;
    for (const auto& section : a.sections)
        for (const auto& paragraph : section.paragraphs)
            if (paragraph.find(name) != std::string::npos)
                return std::string(name);
    return std::nullopt;
}

// "Karin Holt: „Q“" over "Frau Holt, warum kämpfen Sie ...?", "Claire Morvan : « Q »" over "Madame Morvan, pourquoi
// ...?": an interview's headline names before its colon (colon_name_shape) the one its questions address by a title
// ([person_titles]) and the name's last word, though the body never prints the whole name -> that name. (Not "Processo
// Ferri: «Q»": no question addresses anyone by it.)
std::optional<std::string> addressed_colon_name(std::string_view h, const Article& a,
                                                const std::vector<const Lexicon*>& lexs) {
    // (a given name and a surname: not "Hafenmeisterin Lena Sommer", whose first word may describe her)
    const std::string_view name = colon_name_shape(h, h.size());
    if (name.empty() || std::count(name.begin(), name.end(), ' ') != 1)
        return std::nullopt;
    const std::string_view last = name.substr(name.rfind(' ') + 1);
    const auto addresses = [&](std::string_view q) {
        if (q.empty() || q.back() != '?')
            return false;
        const std::size_t space = q.find(' ');
        if (space == std::string_view::npos || !q.substr(space + 1).starts_with(last))
            return false;
        const std::size_t e = space + 1 + last.size();
        return e < q.size() && (q[e] == ',' || q[e] == ' ') &&
               person_title(lexs, text::lower(q.substr(0, space))) != 0;
    };
    for (const auto& section : a.sections) {
        if (section.heading && addresses(*section.heading))
            return std::string(name);
        for (const auto& paragraph : section.paragraphs)
            if (addresses(paragraph))
                return std::string(name);
    }
    return std::nullopt;
}

// `name` printed as a whole name in the page's standfirst, a caption or a body paragraph ("Lena Sommer in ihrem Büro",
// "Lena Sommer (51) ist ..."), not as the start of a longer word ("Lena Sommerfeld").
bool printed_on_page(std::string_view name, const Article& a) {
    const auto in = [name](std::string_view t) {
        for (std::size_t at = t.find(name); at != std::string_view::npos; at = t.find(name, at + 1))
            if (const std::size_t e = at + name.size();
                e == t.size() ||
                (std::isalnum(static_cast<unsigned char>(t[e])) == 0 && static_cast<unsigned char>(t[e]) < 0x80))
                return true;
        return false;
    };
    if (a.lede && in(*a.lede))
        return true;
    for (const auto& m : a.media)
        if (m.caption && in(*m.caption))
            return true;
    for (const auto& section : a.sections)
        for (const auto& paragraph : section.paragraphs)
            if (in(paragraph))
                return true;
    return false;
}

// "Bürgermeisterin Karin Wolf: „Q“", "Le maire Jean Roux : « Q »", "Mayor Ann Lee: “Q”": a headline whose words before
// its colon (before the first quote mark) are role nouns, after an article or so, and then a name of two or three
// capitalised words names its speaker -> the person the page knows by that name, else the name as printed. (Without
// a role noun, "Berlin Mitte: „Q“" names no one; colon_name asks the body for such a name.)
// A describing word the lists do not know ("Hafenmeisterin Lena Sommer: „Q“", "La guardiana Lena Sommer: «Q»") does
// the same when the page prints the name elsewhere (its standfirst, a caption, the body): one word before it, after an
// article or so.
std::optional<std::string> role_colon_name(std::string_view h, std::size_t first_open, const Speakers& sp,
                                           const Article& a) {
    const std::size_t fewest = 3, most = 6, most_name = 3;
    const std::size_t colon = h.find(':');
    if (colon == std::string_view::npos || colon > first_open)
        return std::nullopt;
    const auto words = text::split_ws(text::trim(h.substr(0, colon)), most + 1);
    if (words.size() < fewest || words.size() > most)
        return std::nullopt;
    const auto span = [&words](std::size_t b) {
        return std::string_view(words[b].data(),
                                static_cast<std::size_t>(words.back().data() + words.back().size() - words[b].data()));
    };
    const auto known = [&sp](std::string_view name) {
        if (const int k = sp.find_person(name); k >= 0 && !sp.people[static_cast<std::size_t>(k)].place)
            return sp.people[static_cast<std::size_t>(k)].name;
        return std::string(name);
    };
    std::size_t name_b = words.size();
    while (name_b > 1 && words.size() - name_b < most_name && text::starts_upper(words[name_b - 1]) &&
           !role_noun(text::lower(words[name_b - 1]), sp))
        --name_b;
    if (words.size() - name_b < 2)
        return std::nullopt;
    bool role = false;
    std::size_t others = 0; // (words before the name neither role nouns nor stopwords)
    for (std::size_t k = 0; k < name_b; ++k) {
        const std::string low = text::lower(words[k]);
        if (role_noun(low, sp))
            role = true;
        else if (role) // (nothing between the role noun and the name)
            return std::nullopt;
        else if (!sp.stopword(low))
            ++others;
    }
    if (role)
        return others == 0 ? std::optional(known(span(name_b))) : std::nullopt;
    // (no role noun: the longest name of two or three words the page prints, one unknown word before it)
    for (std::size_t b = std::max({name_b, words.size() - most_name, std::size_t{1}}); b + 2 <= words.size(); ++b) {
        std::size_t unknown = 0;
        for (std::size_t k = 0; k < b; ++k)
            unknown += sp.stopword(text::lower(words[k])) ? 0 : 1;
        if (unknown == 1 && printed_on_page(span(b), a))
            return known(span(b));
    }
    return std::nullopt;
}

// "Q&A: Novelist Harriet Quell on writing the river", "Im Gespräch: Wie Fährfrau Tilde Marquardt den Winter sieht":
// an interview's headline that names one person, a name of two or three capitalised words (the last of a run of
// them, not a stopword, not a role noun) the page prints again (printed_on_page: its standfirst, a caption, the body)
// -> that name; none where it names two such names or none.
std::optional<std::string> headline_person(std::string_view h, const Speakers& sp, const Article& a) {
    const std::size_t most_name = 3, most_words = 24;
    const auto words = text::split_ws(h, most_words);
    std::optional<std::string> found;
    std::size_t k = 0;
    while (k < words.size()) {
        // (a run of capitalised words, to a word closed by punctuation or a possessive "'s")
        std::size_t e = k;
        std::vector<std::string_view> run;
        while (e < words.size() && text::starts_upper(words[e])) {
            std::string_view w = words[e++];
            const bool possessive = w.ends_with("'s") || w.ends_with("\u2019s");
            if (possessive)
                w.remove_suffix(w.back() == 's' && w[w.size() - 2] == '\'' ? 2 : 4);
            const bool closed = possessive || (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) != 0);
            while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) != 0)
                w.remove_suffix(1);
            run.push_back(w);
            if (closed)
                break;
        }
        k = e > k ? e : k + 1;
        std::size_t b = run.size();
        while (b > 0 && run.size() - b < most_name && !run[b - 1].empty() &&
               !sp.stopword(text::lower(run[b - 1])) && !role_noun(text::lower(run[b - 1]), sp))
            --b;
        for (; b + 2 <= run.size(); ++b) { // (the longest name the page prints: "Harriet Quell", not "Novelist ...")
            const auto length = static_cast<std::size_t>(run.back().data() + run.back().size() - run[b].data());
            const std::string_view name(run[b].data(), length);
            if (!printed_on_page(name, a))
                continue;
            if (found && *found != name)
                return std::nullopt;
            found = std::string(name);
            break;
        }
    }
    return found;
}

// "Karin Roth zur Schuldenbremse: „Q“", "Roux à Martin : « Q »", "Smith on tariffs: 'Q'": a headline whose words
// before its colon (before the first quote mark) open with a person the page names, the whole name or the last name
// alone, and go on, if at all, with a word of [headline_topic_words] (what or whom the words are about or to) names
// its speaker -> that person's name. (A place or a body, "Berlin zur Wahl: „Q“", is no person the page names.)
std::optional<std::string> lead_speaker(std::string_view h, std::size_t first_open, const Speakers& sp) {
    const std::size_t most_name = 4;
    const std::size_t colon = h.find(':');
    if (colon == std::string_view::npos || colon > first_open)
        return std::nullopt;
    const auto words = text::split_ws(text::trim(h.substr(0, colon)), most_name + 8);
    std::size_t n = 0; // (the capitalised words opening the label)
    while (n < words.size() && n < most_name && text::starts_upper(words[n]))
        ++n;
    for (std::size_t len = n; len >= 1; --len) {
        // ("Smith On Tariffs: 'Q'": the name closes before a word of the list, capitalised or not)
        if (len < words.size() && !in_list(sp.lexs, "headline_topic_words", text::lower(words[len])))
            continue;
        const std::string_view name(
            words[0].data(), static_cast<std::size_t>(words[len - 1].data() + words[len - 1].size() - words[0].data()));
        const int k = len == 1 ? sp.find_by_last_name(text::lower(name)) : sp.find_person(name);
        if (k >= 0 && sp.people[static_cast<std::size_t>(k)].personal)
            return sp.people[static_cast<std::size_t>(k)].name;
    }
    return std::nullopt;
}

// "Kanzler Merz im Bundestag: »Q«", "La ministre Anne Roux devant la presse : « Q »": a caption in the headline's
// colon form names who says its quote, after an article or role nouns: a person the page names (the whole name or the
// last name alone, after a describing word the lists may not know), closed by the colon or by a word in small letters
// (where or to whom it was said) -> that person.
std::optional<std::string> caption_colon_speaker(std::string_view c, std::size_t first_open, const Speakers& sp,
                                                 const Article& a) {
    if (auto lead = lead_speaker(c, first_open, sp))
        return lead;
    if (auto role = role_colon_name(c, first_open, sp, a))
        return role;
    const std::size_t most_lead = 3, most_name = 3, most_words = 10;
    const std::size_t colon = c.find(':');
    if (colon == std::string_view::npos || colon > first_open)
        return std::nullopt;
    const auto words = text::split_ws(text::trim(c.substr(0, colon)), most_words + 1);
    if (words.size() > most_words)
        return std::nullopt;
    std::size_t b = 0; // (the article and role nouns before the name)
    const auto leading = [&sp](std::string_view w) {
        const std::string low = text::lower(w);
        return sp.stopword(low) || role_noun(low, sp);
    };
    while (b < words.size() && b < most_lead && leading(words[b]))
        ++b;
    std::size_t e = b;
    while (e < words.size() && e - b < most_name && text::starts_upper(words[e]) &&
           !role_noun(text::lower(words[e]), sp))
        ++e;
    if (e == b || (e < words.size() && text::starts_upper(words[e])))
        return std::nullopt;
    // (the last name alone first, the page's person of that name: "Hafenchefin Sommer" is Sommer's, though the
    // caption's reading may have taken the describing word for a given name; then longer names)
    for (std::size_t from = e; from-- > b;) {
        const std::string_view name(
            words[from].data(),
            static_cast<std::size_t>(words[e - 1].data() + words[e - 1].size() - words[from].data()));
        const int k = e - from == 1 ? sp.find_by_last_name(text::lower(name)) : sp.find_person(name);
        if (k >= 0 && sp.people[static_cast<std::size_t>(k)].personal)
            return sp.people[static_cast<std::size_t>(k)].name;
    }
    return std::nullopt;
}

// "La biologiste Anne Dubois publie une étude. Entretien.", "The novelist Ann Dunn talks about her book. An
// interview.": a standfirst that calls the page an interview ([interview_words]) names the interviewee, the first
// person it names (in two words or more, known as a person or described with a role or a trade: "La biologiste Anne
// Dubois"), who says the headline's quote -> that name.
std::optional<std::string> lede_interviewee(const Article& a, const Speakers& sp) {
    if (!a.lede)
        return std::nullopt;
    const auto words = text::words_lower(*a.lede);
    if (std::none_of(words.begin(), words.end(), [&sp](const std::string& w) {
            return in_list(sp.lexs, "interview_words", after_elided_prefix(w));
        }))
        return std::nullopt;
    std::optional<std::string> first;
    std::size_t first_at = std::string::npos;
    for (const Person& p : sp.people)
        if (const std::size_t at = a.lede->find(p.name);
            at < first_at && p.name.find(' ') != std::string::npos &&
            (p.personal || std::any_of(p.roles.begin(), p.roles.end(), [&sp](const std::string& r) {
                 return role_noun(r, sp) || trade_noun(r, sp);
             }))) {
            first_at = at;
            first = p.name;
        }
    return first;
}

// "Herr Harmsen", "Monsieur Hermant", "Mr Harmer", "Ermanni" (a question's vocative before its comma, `words` its
// words lower-cased): at most one title ([person_titles]) and a capitalised last word, the surname of exactly one
// person of the page named with a given name too ("Ole Harmsen empfängt uns") -> that person's name. Not "Sagen Sie"
// or "Bitte" (no title before a word no one's name ends in), nor a surname two people share.
std::optional<std::string> addressed_surname(std::string_view vocative, const std::vector<std::string>& words,
                                             const Speakers& sp) {
    if (words.size() > 2 || (words.size() == 2 && person_title(sp.lexs, words.front()) == 0))
        return std::nullopt;
    const std::size_t space = vocative.rfind(' ');
    const std::string_view surname = space == std::string_view::npos ? vocative : vocative.substr(space + 1);
    if (surname.size() < 2 || !text::starts_upper(surname))
        return std::nullopt;
    std::optional<std::string> holder;
    for (const Person& p : sp.people)
        if (p.name.size() > surname.size() && p.name.ends_with(surname) &&
            p.name[p.name.size() - surname.size() - 1] == ' ') {
            if (holder)
                return std::nullopt;
            holder = p.name;
        }
    return holder;
}

// "Monsieur le maire, qu'allez-vous faire ?", "Sindaca, che cosa farà adesso?", "Frau Ministerin, wie geht es
// weiter?": a question opening with a vocative of a role (a person's title or an article perhaps, then a role noun,
// then a comma) addresses the one person the page named with that role ("Le maire Julien Marrasque nous reçoit") ->
// that person's name; none where no one or two people hold it. "Herr Harmsen, wie geht es dem Deich?", "Monsieur
// Hermant, comment va la digue ?", "Ermanni, come sta l'argine?": a vocative of a surname (a person's title perhaps,
// then a capitalised word) addresses the one person of the page whose whole name ends in it (addressed_surname).
std::optional<std::string> addressed_role_holder(std::string_view question, const Speakers& sp) {
    const std::size_t most_bytes = 40, most_words = 3;
    const std::size_t comma = question.find(',');
    if (comma == std::string_view::npos || comma > most_bytes)
        return std::nullopt;
    const auto words = text::words_lower(question.substr(0, comma));
    if (words.empty() || words.size() > most_words)
        return std::nullopt;
    if (!role_noun(words.back(), sp))
        return addressed_surname(question.substr(0, comma), words, sp);
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (person_title(sp.lexs, words[i]) == 0 && !has_tag(sp.lexs, WordTags::article, words[i]))
            return std::nullopt;
    std::optional<std::string> holder;
    for (const Person& p : sp.people)
        if (p.name.find(' ') != std::string::npos && matches(p.roles, words.back()) != 0) {
            if (holder)
                return std::nullopt;
            holder = p.name;
        }
    return holder;
}

// "Interview mit Beat Roth", "Im Gespräch: Anne Roux", "Entretien avec Pierre-Yves Roux", "Intervista a Marco Bruni,
// sindaco", "Entrevista con Ana Reis": a kicker, headline or standfirst that calls the page an interview
// ([interview_words]) and links it to a name ([interviewee_link_words], or a colon after a word before it) names the
// interviewee, in two to four capitalised words up to a comma or a quote mark -> that name as printed. (A question's
// "Herr Roth, Ihr Vorgänger Karl Frei sagte ..." names no interviewee: the label is asked for first.)
std::optional<std::string> labelled_interviewee(const Article& a, const std::vector<const Lexicon*>& lexs) {
    const std::size_t fewest = 2, most = 4;
    const auto in_line = [&](std::string_view line) -> std::optional<std::string> {
        const auto words = text::split_ws(line);
        for (std::size_t k = 0; k + 1 < words.size(); ++k) {
            std::string_view w = words[k];
            const bool colon = !w.empty() && w.back() == ':';
            if (colon)
                w.remove_suffix(1);
            const std::string low = text::lower(w);
            if (!in_list(lexs, "interview_words", after_elided_prefix(low)))
                continue;
            std::size_t b = k + 1;
            if (colon) {
                if (k == 0) // ("Interview: Anna Roth" credits the interviewer)
                    continue;
            } else if (in_list(lexs, "interviewee_link_words", text::lower(words[b]))) {
                ++b;
            } else {
                continue;
            }
            std::size_t n = 0;
            std::size_t end = 0; // (the name's last byte in the line, after its last word)
            for (; b + n < words.size() && n < most; ++n) {
                std::string_view nw = words[b + n];
                std::size_t i = 0, cut = 0;
                while (i < nw.size()) { // (the name ends at a glued quote mark: "Jans«Ich ...»")
                    const std::size_t at = i;
                    if (const char32_t cp = text::next_cp(nw, i); text::is_open_quote(cp) || cp == '"') {
                        cut = at;
                        break;
                    }
                    cut = i;
                }
                const bool stop = cut < nw.size() || (!nw.empty() && (nw.back() == ',' || nw.back() == ':'));
                nw = nw.substr(0, cut);
                while (!nw.empty() && (nw.back() == ',' || nw.back() == ':'))
                    nw.remove_suffix(1);
                if (nw.empty() || !text::starts_upper(nw))
                    break;
                end = static_cast<std::size_t>(nw.data() + nw.size() - line.data());
                if (stop) {
                    ++n;
                    break;
                }
            }
            if (n < fewest)
                continue;
            const std::size_t from = static_cast<std::size_t>(words[b].data() - line.data());
            return std::string(line.substr(from, end - from));
        }
        return std::nullopt;
    };
    for (const std::optional<std::string>* line : {&a.kicker, &a.headline, &a.lede})
        if (*line)
            if (auto name = in_line(**line))
                return name;
    return std::nullopt;
}

// "Interview", "TRIBUNE", "Meinung: ...": the page's kicker, whole or its first word, is one of lexicon section `list`
// (interview_page(), opinion_page()).
bool kicker_labelled(const Article& a, const std::vector<const Lexicon*>& lexs, std::string_view list) {
    if (!a.kicker)
        return false;
    const std::string low = text::lower(text::trim(*a.kicker));
    if (in_list(lexs, list, low))
        return true;
    const auto words = text::split_ws(low, 2);
    return words.size() > 1 && in_list(lexs, list, words.front());
}

// "Interview", "Entretien", "Intervista": a page whose kicker (whole, or its first word) or standfirst is one of
// [interview_words], or whose body notes it over its first question, is an interview, its questions' answers the
// interviewee's.
bool interview_page(const Article& a, const std::vector<const Lexicon*>& lexs) {
    if (kicker_labelled(a, lexs, "interview_words"))
        return true;
    if (a.kicker) { // ("L'INTERVISTA", "L'entretien": the word after its elided article)
        const std::string low = text::lower(text::trim(*a.kicker));
        const auto first = text::split_ws(low, 1);
        if (!first.empty() && in_list(lexs, "interview_words", after_elided_prefix(first.front())))
            return true;
    }
    if (a.lede) {
        const auto words = text::words_lower(*a.lede);
        if (std::any_of(words.begin(), words.end(), [&lexs](const std::string& w) {
                return in_list(lexs, "interview_words", after_elided_prefix(w));
            }))
            return true;
    }
    // "The conversation has been edited and condensed.", "Propos recueillis par Anne Roux.": a note of the body, over
    // the questions or under the last answer, that the words of the page were said to the paper
    // ([interview_note_phrases]); a note is short.
    const std::size_t most_note = 400; // bytes
    // (the notes' letters compared with the paragraph's folded to ASCII lower case, in a buffer of the most bytes
    // read, filled once a paragraph: each note is a byte search there, where a search with a folding predicate
    // compared every byte with each note's first, some 68,000 instructions a page asked)
    std::array<char, most_note> folded{};
    for (const Section& sec : a.sections)
        for (const std::string& p : sec.paragraphs) {
            if (p.empty() || p.size() > most_note || p.back() == '?')
                continue;
            std::transform(p.begin(), p.end(), folded.begin(),
                           [](char x) { return x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x; });
            const std::string_view low(folded.data(), p.size());
            for (const Lexicon* lex : lexs)
                if (const LexiconSection* notes = section_of(lex, "interview_note_phrases"))
                    for (const std::string_view note : notes->entries)
                        if (low.find(note) != std::string_view::npos)
                            return true;
        }
    return false;
}

// "TRIBUNE", "Meinung", "Opinion": a kicker of [opinion_labels] (the whole kicker or its first word) makes the page a
// column, its words the byline's author's.
bool opinion_page(const Article& a, const std::vector<const Lexicon*>& lexs) {
    return !a.authors.empty() && kicker_labelled(a, lexs, "opinion_labels");
}

// "Non, l'eau du robinet n'est pas « contaminée »", "No, the mayor did not call it 'a scam'", "Faux : ...", a kicker
// "Vérification", "Faktencheck": a headline that denies a claim, or a fact-check's, quotes the claim's words, which
// no one on the page says. It opens with a word of [denial_words] and a comma, or a label of [fact_check_labels] and
// a colon, or the kicker is such a label (whole, or its first words before a colon or a dash).
bool denying_headline(const Article& a, std::string_view h, const std::vector<const Lexicon*>& lexs) {
    const auto label = [&lexs](std::string_view words) {
        const std::string low = text::lower(text::trim(words));
        return !low.empty() && in_list(lexs, "fact_check_labels", low);
    };
    if (a.kicker && (label(*a.kicker) || label(std::string_view(*a.kicker).substr(0, a.kicker->find_first_of(":|")))))
        return true;
    if (const std::size_t comma = h.find(','); comma != std::string_view::npos && comma < 8 &&
                                                in_list(lexs, "denial_words", text::lower(text::trim(h.substr(0, comma)))))
        return true;
    const std::size_t colon = h.find(':');
    return colon != std::string_view::npos && colon < 24 && label(h.substr(0, colon));
}

// "„Die Fährfrau von Lindow“ – Lesung mit Anna Roth", "« Le Petit Prince » : lecture avec Anne Roux", "“The Long
// Walk” – reading with Ann Roe": a work's title in quote marks opening the headline, then a dash or a colon, an
// event's noun ([event_title_words]) and the preposition of its performer or host ([event_title_preposition_words]):
// the work an event stages, no one's words.
bool event_title(std::string_view h, const QuoteSpan& q, const std::vector<const Lexicon*>& lexs) {
    if (!q.closed || !text::trim(h.substr(0, q.open)).empty())
        return false;
    std::string_view after = text::trim(h.substr(std::min(h.size(), q.close + q.close_len)));
    bool parted = false;
    for (std::string_view d : {":", "-", "\u2013", "\u2014"})
        if (!parted && after.starts_with(d)) {
            after.remove_prefix(d.size());
            parted = true;
        }
    std::size_t i = 0;
    std::string noun, prep;
    return parted && text::next_word_lower(after, i, noun) && in_list(lexs, "event_title_words", noun) &&
           text::next_word_lower(after, i, prep) && in_list(lexs, "event_title_preposition_words", prep);
}

// "'La casa de las aguas': el verano en que todo se secó" over "'La casa de las aguas' empieza con un termómetro
// …", "“The Quiet Pier”: a summer without water" over "The film “The Quiet Pier” opens …": the headline's quoted
// words `marked` (with their marks) stand in a paragraph of the body in the same marks, and no quote read from the
// page holds them: the body reads them as a title or a name, not as anyone's words, and so does the headline.
bool unquoted_in_body(std::string_view marked, std::string_view qt, const Article& a,
                      const std::vector<Quote>& quotes) {
    bool printed = false;
    for (const Section& sec : a.sections) {
        for (const std::string& p : sec.paragraphs)
            if (p.find(marked) != std::string::npos) {
                printed = true;
                break;
            }
        if (printed)
            break;
    }
    return printed && std::none_of(quotes.begin(), quotes.end(), [qt](const Quote& q) {
        return q.where != Where::headline && q.text.find(qt) != std::string::npos;
    });
}

// "Uw uitgever noemt dit uw mooiste boek. / ‘Dat zegt elke uitgever over elk boek. ...’", "Your publisher calls this
// your finest book. / “Every publisher says that. ...”": a section's heading that is one short sentence closed by a
// full stop, over a first paragraph opened by a quotation mark, is an interviewer's question put as a statement (the
// section stage heads an answer so only under an interview's questions): the quote opening the paragraph answers it.
bool stated_prompt(std::string_view heading, std::string_view paragraph) {
    const std::size_t most_spaces = 20;
    std::size_t at = 0;
    if (heading.empty() || heading.back() != '.' || paragraph.empty() ||
        !text::is_quote_mark(text::next_cp(paragraph, at)) ||
        static_cast<std::size_t>(std::count(heading.begin(), heading.end(), ' ')) >= most_spaces)
        return false;
    const std::string_view inner = heading.substr(0, heading.size() - 1);
    return inner.find(". ") == std::string_view::npos && inner.find("? ") == std::string_view::npos &&
           inner.find("! ") == std::string_view::npos && archive::find_quote_spans(heading).empty();
}

} // namespace
} // namespace quoting

std::vector<Quote> extract_quotes(const Article& a) { return extract_quotes(a, {}); }

std::vector<Quote> extract_quotes(const Article& a, const std::vector<std::string>& own_names) {
    quoting::reset_word_store(); // (the words of the last page are gone)
    quoting::Extractor ex;
    std::vector<quoting::Unit> units;
    const quoting::RoomLoan loan(ex, units); // (the last page's room)
    ex.language = a.language.value_or("");
    ex.own_names = own_names;
    ex.sp.lexs = quoting::lexicons_for(ex.language);
    ex.sp.capitalised_nouns = ex.language == "de";
    // (room for an article's people, mentions, last names and quotes taken at once: a person or a quote moved at each
    // doubling costs its strings' and lists' moves, the last names' table a rehash)
    ex.sp.people.reserve(64);
    ex.sp.events.reserve(256);
    ex.sp.by_last_name.reserve(64);
    ex.quotes.reserve(16);

    std::size_t paragraphs = 0;
    for (const auto& section : a.sections)
        paragraphs += section.paragraphs.size();
    units.reserve(1 + a.media.size() + paragraphs); // (each unit's room taken once)
    if (a.lede)
        units.push_back({*a.lede, Where::lede});
    for (const auto& m : a.media)
        if (m.caption)
            units.push_back({*m.caption, Where::caption});
    for (std::size_t si = 0; si < a.sections.size(); ++si)
        for (std::size_t pi = 0; pi < a.sections[si].paragraphs.size(); ++pi) {
            units.push_back({a.sections[si].paragraphs[pi], Where::body, static_cast<int>(si), static_cast<int>(pi)});
            const Section& sec = a.sections[si];
            units.back().answers =
                pi == 0 ? sec.heading && (quoting::interviewer_question(*sec.heading, true, ex.sp.lexs) ||
                                          quoting::stated_prompt(*sec.heading, sec.paragraphs[pi]))
                        : quoting::interviewer_question(sec.paragraphs[pi - 1], false, ex.sp.lexs);
        }

    quoting::find_labelled_turns(units, ex.turn_keys, a, ex.sp.lexs);
    // ("Frau Wolf, warum stehen so viele Wohnungen leer? / Weil sich ...": questions with no label, on a page called
    // an interview; the units' questions are looked for first, the page's words only where there are some)
    const auto asks = [](std::string_view line) { return !line.empty() && line.back() == '?'; };
    if (ex.turn_keys.empty() &&
        (std::any_of(units.begin(), units.end(),
                     [&asks](const quoting::Unit& u) { return u.where == Where::body && asks(u.text); }) ||
         std::any_of(a.sections.begin(), a.sections.end(),
                     [&asks](const Section& sec) { return sec.heading && asks(*sec.heading); })) &&
        quoting::interview_page(a, ex.sp.lexs))
        quoting::find_unlabelled_answers(units, ex.turn_keys, a, ex.sp.lexs);
    if (!ex.turn_keys.empty() && a.headline) { // ("R: ...": an answer's label names the interviewee)
        ex.interviewee = quoting::colon_name(*a.headline, a.headline->size(), a);
        if (!ex.interviewee)
            ex.interviewee = quoting::role_colon_name(*a.headline, a.headline->size(), ex.sp, a);
        if (!ex.interviewee) // ("Interview mit Beat Roth«Q»": the label's name, not one a question names)
            ex.interviewee = quoting::labelled_interviewee(a, ex.sp.lexs);
        if (!ex.interviewee)
            ex.interviewee = quoting::addressed_colon_name(*a.headline, a, ex.sp.lexs);
        if (!ex.interviewee) // ("Q&A: Novelist Harriet Quell on ..."), asked after the people the page describes
            ex.headline_person = quoting::headline_person(*a.headline, ex.sp, a);
    }
    // ("Margaret Hale, novelist, dies at 91": the one an obituary quotes from earlier interviews, quote_obituaries.hpp)
    if (a.headline && quoting::death_headline(*a.headline, ex.sp.lexs))
        ex.obituary_subject = quoting::headline_person(*a.headline, ex.sp, a);
    // The units after the last one that may read the page's people (see may_read_people) add no quote, and the names
    // they note are looked up by no one: they are not read. Their words are read from the last unit back; those of
    // the last unit that may read the people are kept for its UnitReader.
    std::size_t read_end = units.size();
    for (; read_end > 0; --read_end) {
        const quoting::Unit& u = units[read_end - 1];
        ex.ready_seen = quoting::words_into(ex.ready_words, u.text, 0, u.text.size(), &ex.sp.lexs);
        if (quoting::may_read_people(u, ex.ready_words, ex.ready_seen) ||
            quoting::opens_in_reported_mood(ex.sp, u, ex.ready_words)) {
            ex.ready = &u;
            break;
        }
    }
    quoting::Carry carry;
    for (std::size_t k = 0; k < read_end; ++k) {
        if (carry.on && units[k].where != Where::body)
            carry.on = false;
        quoting::process_unit(ex, units[k], k + 1, carry);
    }
    // "Monsieur le maire, qu'allez-vous faire ?" / "« Je vais poursuivre le plan. »": an answer no one was found to
    // say (no answer before named the interviewee) is said by the one a question addresses by their role, and so are
    // the answers after it that no one says either.
    // "Ermanni, come sta l'argine?" / "«Ha tenuto.»" / "Ha avuto paura?" / "«Sì.»": a question that addresses no one
    // by a pronoun (Italian, Spanish drop it) marks no answer under it; one addressing a person of the page by name or
    // role does, and after it so does each short question over a paragraph opening with a quote.
    std::optional<std::string> addressed;
    const auto opens_with_quote = [](std::string_view text) {
        std::size_t at = 0;
        return !text.empty() && text::is_quote_mark(text::next_cp(text, at));
    };
    for (const quoting::Unit& u : units) {
        const auto unsaid = [&u](const Quote& q) {
            return q.where == Where::body && q.section == u.section && q.paragraph == u.paragraph && !q.cue &&
                   !q.speaker;
        };
        if (u.where != Where::body || (!u.answers && (u.paragraph == 0 || !opens_with_quote(u.text))) ||
            std::none_of(ex.quotes.begin(), ex.quotes.end(), unsaid))
            continue;
        const Section& sec = a.sections[static_cast<std::size_t>(u.section)];
        if (u.paragraph > 0 || sec.heading) {
            const std::string_view asked = u.paragraph == 0
                                               ? std::string_view(*sec.heading)
                                               : sec.paragraphs[static_cast<std::size_t>(u.paragraph - 1)];
            if (!u.answers && !quoting::interviewer_question(asked, true, ex.sp.lexs))
                continue;
            if (auto holder = quoting::addressed_role_holder(asked, ex.sp))
                addressed = std::move(holder);
        }
        if (addressed)
            for (Quote& q : ex.quotes)
                if (unsaid(q))
                    q.speaker = addressed;
    }
    // "Ana Ruiz Gil, ex ministra: «Q1»" over "La ex ministra habla del puerto. «Q2», asegura.": a standfirst's cue
    // whose subject is dropped, or a pronoun ("assure-t-il"), that no one of the standfirst takes speaks for the
    // person the headline names.
    if (a.headline)
        for (Quote& q : ex.quotes)
            if (q.where == Where::lede && q.cue && !q.speaker &&
                (!q.mention || (q.mention->find(' ') == std::string::npos && !text::starts_upper(*q.mention)))) {
                const std::size_t open = a.headline->size();
                q.speaker = quoting::colon_name(*a.headline, open, a);
                if (!q.speaker)
                    q.speaker = quoting::role_colon_name(*a.headline, open, ex.sp, a);
            }
    // "Il tecnico: «Abbiamo avuto pazienza»" over "«Abbiamo avuto pazienza, nel primo tempo ...», ha spiegato
    // l'allenatore Antonio Rossi" (fr "L'entraîneur : « Q »", en "The coach: 'Q'"): the standfirst's direct quote of
    // words that a direct quote of the body prints with its speaker is that speaker's, whoever its own mention, a
    // role, resolved to (a mention naming its speaker stays).
    for (Quote& q : ex.quotes) {
        if (q.where != Where::lede || q.kind != QuoteKind::direct || !quoting::has_words(q.text, 3) ||
            (q.speaker && q.mention &&
             text::lower(*q.mention).find(quoting::Speakers::last_word(*q.speaker)) != std::string::npos))
            continue;
        const std::string words = text::lower(q.text);
        for (const Quote& bq : ex.quotes)
            if (bq.where == Where::body && bq.kind == QuoteKind::direct && bq.speaker &&
                text::lower(bq.text).find(words) != std::string::npos) {
                q.speaker = bq.speaker;
                break;
            }
    }
    // "Il presidente: «Q»", "Der Minister: „Q“" in the lede (or the standfirst read as the first paragraph), the holder
    // named only after it ("Il presidente della Regione, Stefano Ferri, ha chiesto ..."): a mention of an article and
    // one role noun that resolved to no one names the one person of the page described by that noun.
    auto opening_unnamed = [](const Quote& q) {
        return (q.where == Where::lede || (q.where == Where::body && q.section == 0 && q.paragraph == 0)) &&
               !q.speaker && q.mention;
    };
    // ("Die Bürgermeisterin: „Q“" before "Bürgermeisterin Anna Keller eröffnete ...", a paragraph holding no quote:
    // the few units after the last one read are read for their names too when such a quote waits for its holder;
    // they add no quote)
    if (std::any_of(ex.quotes.begin(), ex.quotes.end(), opening_unnamed)) {
        const std::size_t quotes_read = ex.quotes.size();
        const std::size_t most_more = 3;
        for (std::size_t k = read_end; k < units.size() && k < read_end + most_more; ++k)
            quoting::process_unit(ex, units[k], k + 1, carry);
        ex.quotes.resize(quotes_read);
    }
    for (Quote& q : ex.quotes)
        if (opening_unnamed(q))
            q.speaker = quoting::lede_role_holder(*q.mention, ex.sp);
    // "według wiceministra zdrowia Piotra Zielińskiego" before "– podkreślił wiceminister Piotr Zieliński": a speaker
    // read in an oblique case before the page named the person in the nominative is that person, by the pairs of
    // [name_case_pairs] (when read after it, add_person found the person already); none when it may be several, and
    // only a person known to be one (a role, a cue): "Familien" is no case of a body "Jede Familie".
    for (Quote& q : ex.quotes)
        if (q.speaker)
            if (const int k = ex.sp.inflected_person(text::lower(*q.speaker));
                k >= 0 && ex.sp.people[static_cast<std::size_t>(k)].personal)
                q.speaker = ex.sp.people[static_cast<std::size_t>(k)].name;
    // "Kanzler Merz im Bundestag: »Q«": a caption's quote in the headline's colon form, no cue of its own, is the
    // words of the person named before the colon.
    for (const auto& m : a.media) {
        if (!m.caption || m.caption->find(':') == std::string::npos)
            continue;
        const std::string_view c = *m.caption;
        const auto cspans = find_quote_spans(c);
        if (cspans.size() != 1 || !cspans.front().closed)
            continue;
        const QuoteSpan& q = cspans.front();
        const std::size_t colon = c.find(':');
        if (colon > q.open || !text::trim(c.substr(colon + 1, q.open - colon - 1)).empty())
            continue;
        std::string qt = quoting::strip_edge_punct(c.substr(q.open + q.open_len, q.close - q.open - q.open_len));
        if (!quoting::has_words(qt, 1) || std::any_of(ex.quotes.begin(), ex.quotes.end(), [&qt](const Quote& o) {
                return o.where == Where::caption && o.text == qt;
            }))
            continue;
        if (auto who = quoting::caption_colon_speaker(c, q.open, ex.sp, a)) {
            Quote out;
            out.text = std::move(qt);
            out.where = Where::caption;
            out.speaker = std::move(who);
            ex.quotes.push_back(std::move(out));
        }
    }
    // "«Wir sind bereit», sagt Trainerin Eva Brunner. Foto: Lisa Brandt" under a gallery's picture, the body saying
    // "... «Wir sind bereit», sagt Trainerin Eva Brunner. Sie setzt ...": a caption quoting the words a body quote
    // quotes too repeats it; the quote is counted once, the body's.
    if (std::any_of(ex.quotes.begin(), ex.quotes.end(), [](const Quote& q) { return q.where == Where::caption; })) {
        std::vector<std::string> body_words;
        for (const Quote& q : ex.quotes)
            if (q.where == Where::body)
                body_words.push_back(text::lower(q.text));
        std::erase_if(ex.quotes, [&body_words](const Quote& q) {
            return q.where == Where::caption &&
                   std::find(body_words.begin(), body_words.end(), text::lower(q.text)) != body_words.end();
        });
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
    // (a headline without quote marks quotes no one but by an inverted cue after its last comma, see
    // inverted_cue_headline: its other cues and the speaker it names are not looked for)
    const auto spans = a.headline ? find_quote_spans(*a.headline) : std::vector<QuoteSpan>{};
    if (!spans.empty()) {
        std::string_view h = *a.headline;
        // "Chris Vale Calls the Plan 'A Disgrace'", "Vale: Rivals Were 'Mocking' Us": a headline that names its
        // speaker, by a speech verb outside the quote marks or by a body speaker before a colon, makes even a
        // word or two in quote marks someone's words. Otherwise they are a title or a name ("Saturnsonde
        // „Cassini“").
        bool attributed = false;
        std::size_t lead_end = h.size(); // the end of the words before the cue (or the colon) naming the speaker
        std::optional<Cue> printed; // the headline's own cue, outside its quote marks
        for (const auto& c : find_cues(h, 0, h.size(), ex.language)) {
            bool outside = std::none_of(spans.begin(), spans.end(), [&c](const QuoteSpan& q) {
                return c.begin > q.open && c.begin < q.close;
            });
            // (a cue whose sentence ends before the first quote mark is that sentence's verb: "Processo Rossi, il pm
            // chiede vent'anni. La difesa: «Q»")
            if (outside && quoting::stop_between(h, c.end, spans.front().open))
                continue;
            if (outside && !attributed) {
                lead_end = c.begin;
                // (not after a label's colon: "Ann Roe: Rivals Asking the Board to Delay Are ‘Q’" names
                // the speaker before the colon; the cue after it is in the words quoted or summed up. But "Budget:
                // ‘Q’, says chancellor", "Retraites : « Q », promet la ministre": a topic's label before the quote
                // that opens the words after the colon, and the cue after the quote, say who says it.)
                const std::size_t colon = h.substr(0, c.begin).find(':');
                const QuoteSpan& first = spans.front();
                if (colon == std::string_view::npos ||
                    (colon < first.open && text::trim(h.substr(colon + 1, first.open - colon - 1)).empty() &&
                     first.closed && c.begin >= first.close + first.close_len &&
                     h.substr(colon + 1, c.begin - colon - 1).find(':') == std::string_view::npos))
                    printed = c;
            }
            attributed = attributed || outside;
        }
        if (auto colon = h.find(':'); colon != std::string_view::npos && !attributed) {
            auto before = text::words_lower(h.substr(0, colon));
            for (const auto& bq : ex.quotes)
                if (bq.speaker && bq.where == Where::body &&
                    std::find(before.begin(), before.end(), quoting::Speakers::last_word(*bq.speaker)) != before.end())
                    attributed = true;
            lead_end = colon;
        }
        // "Governor Ann Roe Calls the Deal 'A Disgrace'": the body speaker the headline names before its cue says
        // its quotes, even when the body quotes the same words from someone else too ("It is a disgrace," said
        // the mayor).
        std::optional<std::string> named;
        if (!attributed) // ("Bürgermeisterin Karin Wolf: „Q“": the role and name before the colon)
            named = quoting::role_colon_name(h, spans.front().open, ex.sp, a);
        // "Sánchez: “Q”", "Meloni: «Q»": one capitalised word before the colon, the last name of a person the page
        // names, is that person, whose words the headline quotes, though the body's copy of them has no cue of theirs.
        if (!attributed && !named)
            if (const std::size_t colon = h.find(':'); colon != std::string_view::npos && colon < spans.front().open) {
                const std::string_view label = text::trim(h.substr(0, colon));
                if (!label.empty() && label.find(' ') == std::string_view::npos && text::starts_upper(label))
                    if (const int k = ex.sp.find_by_last_name(text::lower(label)); k >= 0)
                        named = ex.sp.people[static_cast<std::size_t>(k)].name;
            }
        if (!named && !printed)
            named = quoting::lead_speaker(h, spans.front().open, ex.sp);
        // "Interview mit Beat Roth" / "«Q»": an interview's label names who says its headline's quote, whoever the
        // body's questions name.
        if (!attributed && !named && !printed && quoting::interview_page(a, ex.sp.lexs))
            if (auto label = quoting::labelled_interviewee(a, ex.sp.lexs)) {
                const int k = ex.sp.find_person(*label);
                named = k >= 0 && !ex.sp.people[static_cast<std::size_t>(k)].place
                            ? ex.sp.people[static_cast<std::size_t>(k)].name
                            : *label;
            }
        attributed = attributed || named;
        if (attributed && !named) {
            for (const auto& q : spans)
                lead_end = std::min(lead_end, q.open);
            auto lead = text::words_lower(h.substr(0, lead_end));
            // (the name closes the lead: "Johnson allies: ‘Q’" names a group of people around Johnson, whose words
            // the body's quote of the same words tells the speaker of)
            for (const auto& bq : ex.quotes)
                if (bq.speaker && bq.where == Where::body && !lead.empty() &&
                    lead.back() == quoting::Speakers::last_word(*bq.speaker)) {
                    named = bq.speaker;
                    break;
                }
        }
        const bool denying = quoting::denying_headline(a, h, ex.sp.lexs);
        for (const auto& q : spans) {
            if (!q.closed)
                continue;
            // ("ARD-Doku „Loriot 100“": marks glued after a hyphen put a title into a compound noun)
            if (q.open >= 2 && h[q.open - 1] == '-' && h[q.open - 2] != ' ')
                continue;
            if (quoting::event_title(h, q, ex.sp.lexs))
                continue;
            std::string qt = quoting::strip_edge_punct(h.substr(q.open + q.open_len, q.close - q.open - q.open_len));
            if (!quoting::has_words(qt, 3) && !(attributed && quoting::has_words(qt, 1)))
                continue;
            if (!attributed &&
                quoting::unquoted_in_body(h.substr(q.open, q.close + q.close_len - q.open), qt, a, ex.quotes))
                continue;
            Quote out;
            out.text = qt;
            out.kind = quoting::headline_kind(h, q);
            out.where = Where::headline;
            if (printed)
                quoting::headline_cue(h, spans, q, *printed, out);
            else if (q.open == spans.front().open)
                out.mention = quoting::article_label(h, q.open, ex.sp.lexs);
            if (denying) { // (the claim's words, in the headline's own sentence: no one's on the page)
                out.kind = QuoteKind::partial;
                head.push_back(std::move(out));
                continue;
            }
            // The distinct words of the headline's quote, sorted; the words a body quote shares with it are those of
            // them met among its words (read one at a time, without a list or a set of them).
            auto hw = text::words_lower(qt);
            std::sort(hw.begin(), hw.end());
            hw.erase(std::unique(hw.begin(), hw.end()), hw.end());
            std::vector<char> met(hw.size());
            std::string word;
            double best = 0.5;
            bool unnamed = false; // (the body quote sharing the most words is cued to someone the text does not name)
            for (const auto& bq : ex.quotes) {
                if ((!bq.speaker && !(bq.cue && bq.mention)) || named)
                    continue; // (only a quote with a speaker gives one, or one said by someone unnamed: none)
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
                    unnamed = !bq.speaker;
                }
            }
            if (named)
                out.speaker = named;
            // ("«Q»" over "«Q», sagt der Mann.": the words of someone the text does not name, no one else's)
            if (unnamed && !named) {
                head.push_back(std::move(out));
                continue;
            }
            // « Q » over an opinion page's column, no quote of the body saying it: the column's author says it.
            if (!out.speaker && quoting::opinion_page(a, ex.sp.lexs))
                out.speaker = a.authors.front();
            if (!out.speaker)
                out.speaker = quoting::lede_interviewee(a, ex.sp);
            // ("“Q”" / "A economista Ana Reis ... diz que ..." / "Entrevista de X": the lede's speaker first, as the
            // lede comes first.)
            // ("'Q', diz goleira da seleção" over a body whose first speaker is "o João Prado": a role of one gender
            // printed with the headline's cue is no one's of the other)
            if (!out.speaker) {
                const char said_by = out.mention ? quoting::mention_gender(*out.mention, ex.sp) : 'x';
                using quoting::fits_mention;
                for (const auto& bq : ex.quotes)
                    if (bq.speaker && (bq.where == Where::body || bq.where == Where::lede)) {
                        if (out.mention && !fits_mention(*out.mention, said_by, ex.sp.find_person(*bq.speaker), ex.sp))
                            continue;
                        out.speaker = bq.speaker;
                        break;
                    }
            }
            // (No quote of the body gives a speaker: an interview's answers are no quotes.)
            if (!out.speaker)
                out.speaker = quoting::colon_name(h, spans.front().open, a);
            head.push_back(std::move(out));
        }
    }
    if (spans.empty() && a.headline)
        if (auto inverted = quoting::inverted_cue_headline(*a.headline, ex))
            head.push_back(std::move(*inverted));
    // (the body's quotes are moved, not copied: most headlines quote no one, and then they are the list)
    if (head.empty())
        return std::move(ex.quotes);
    head.insert(head.end(), std::make_move_iterator(ex.quotes.begin()), std::make_move_iterator(ex.quotes.end()));
    return head;
}

} // namespace archive
