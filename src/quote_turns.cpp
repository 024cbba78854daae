// An interview whose turns open with their speaker's label, not with a quote mark: "Weber: Für eine Familie ist ...",
// "M. Dupont : Nous avons ...", "Tomasz Wielgosz: Nie. ... / T.W.: Chcemy ...", "[00:00:21] CALLUM DYCE: So the short
// version ...". Each such paragraph is its speaker's direct quote (a transcript's turns are in the gold's quotes, cue
// the colon), the label resolved to the name the page gave the person before (the head, the standfirst).
#include "quote_cues.hpp"
#include "quote_reader.hpp"
#include "quote_trades.hpp"
#include "turn_labels.hpp"

#include "text.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// "[00:00:21] ", "(12:05) ": a time stamp in brackets opening a transcript's turn; the byte after it and its space.
std::size_t past_time_stamp(std::string_view s) {
    if (s.size() < 6 || (s[0] != '[' && s[0] != '('))
        return 0;
    const char close = s[0] == '[' ? ']' : ')';
    const std::size_t most = 12;
    std::size_t i = 1;
    bool colon = false;
    while (i < s.size() && i <= most && ((s[i] >= '0' && s[i] <= '9') || s[i] == ':' || s[i] == '.')) {
        colon = colon || s[i] == ':';
        ++i;
    }
    if (!colon || i >= s.size() || s[i] != close || i + 1 >= s.size() || s[i + 1] != ' ')
        return 0;
    return i + 2;
}

enum class Shape { none, name, capitals, initials, small };

// The shape of one word of a label: a capital and small letters ("Weber", "Kamau-Otieno", "O'Neil"), capitals
// ("DYCE", "MCKAY-ROSS"), initials ("T.W.", "MK"), a small particle ("van", "de").
Shape word_shape(std::string_view w) {
    std::size_t i = 0;
    const char32_t first = text::next_cp(w, i);
    int upper = 0, lower = 0, dots = 0;
    upper += text::is_upper(first) ? 1 : 0;
    lower += text::is_lower(first) ? 1 : 0;
    if (upper + lower == 0)
        return Shape::none;
    while (i < w.size()) {
        const char32_t cp = text::next_cp(w, i);
        if (text::is_upper(cp))
            ++upper;
        else if (text::is_lower(cp))
            ++lower;
        else if (cp == '.')
            ++dots;
        else if (cp != '-' && cp != '\'' && cp != 0x2019)
            return Shape::none;
    }
    const int most_initials = 4, least_capitals_name = 4;
    if (lower == 0)
        return dots > 0 || upper < least_capitals_name ? (upper <= most_initials ? Shape::initials : Shape::none)
                                                       : Shape::capitals;
    if (upper == 0)
        return dots == 0 && lower <= 3 ? Shape::small : Shape::none;
    // (one capital opening small letters: "Weber"; "McKay", "DeVries" too, not "iPhone")
    return text::is_upper(first) && dots == 0 ? Shape::name : Shape::none;
}

// "A. M.", "J. K.": a name's initials each with its dot and a space between them, as French and German papers
// label an interviewee's answers (one initial and its dot a word, two words or more).
bool spaced_initials(const std::vector<std::string_view>& words, std::size_t first) {
    return words.size() - first >= 2 && std::all_of(words.begin() + static_cast<std::ptrdiff_t>(first), words.end(),
                                                    [](std::string_view w) {
                                                        std::size_t i = 0;
                                                        const char32_t c = text::next_cp(w, i);
                                                        return text::is_upper(c) && i + 1 == w.size() && w[i] == '.';
                                                    });
}

// The one person the page named with two words or more whose words' initials are `key` ("AM" for Anne Morel), or -1.
int person_of_initials(const Speakers& sp, std::string_view key) {
    int found = -1;
    for (std::size_t k = 0; k < sp.people.size(); ++k) {
        const Person& p = sp.people[k];
        if (p.place || p.name.find(' ') == std::string::npos)
            continue;
        std::string initials;
        for (const std::string_view w : text::split_ws(p.name)) {
            std::size_t i = 0;
            if (text::is_upper(text::next_cp(w, i)))
                initials.append(w.substr(0, i));
        }
        if (initials != key)
            continue;
        if (found >= 0)
            return -1;
        found = static_cast<int>(k);
    }
    return found;
}

// The byte where the words after a label closed at byte `close` (its colon or full stop) start, when they open with a
// letter or a figure, not a quote mark ("Coldiretti: «Q»" is read as a quote); else 0.
std::size_t words_after_label(std::string_view s, std::size_t close) {
    std::size_t t = close + 2;
    while (t < s.size() && s[t] == ' ')
        ++t;
    std::size_t probe = t;
    const char32_t after = t < s.size() ? text::next_cp(s, probe) : 0;
    return text::is_word_char(after) || after == 0xBF || after == 0xA1 ? t : 0; // (¿ ¡ open a Spanish sentence)
}

// "R. Male. Ci hanno ...", "Respuesta. Porque antes no podía.": an answer's label word closed by a full stop
// (stop_label()), the interviewee's turn as "R: ..." is (key "?A"); a question's ("D. ...", "Pregunta. ...") is no
// one's quote.
std::optional<TurnLabel> stop_turn(std::string_view s, std::size_t b) {
    const auto read = stop_label(s, b);
    if (!read || read->said != LabelWord::answer)
        return std::nullopt;
    const std::size_t t = words_after_label(s, read->colon);
    if (t == 0)
        return std::nullopt;
    TurnLabel out;
    out.b = out.name_b = b;
    out.e = b + read->label.size();
    out.text = t;
    out.kind = TurnKey::initialled;
    out.key = "?A";
    return out;
}

// The label before a colon (turn_label()).
std::optional<TurnLabel> colon_turn(std::string_view s, std::size_t b, const std::vector<const Lexicon*>& lexs) {
    const std::size_t widest = 48, most_words = 4;
    // (a label opens with a capital, a title's, a name's or an initial's: most lines with a colon near their start,
    // "14:20 Uhr: ...", "à 20 h : ...", are turned away by colon_label, before any word of them is read)
    const auto read = colon_label(s, b, LabelBounds{widest, most_words + 2});
    if (!read || read->colon + 2 >= s.size())
        return std::nullopt;
    const std::size_t t = words_after_label(s, read->colon);
    if (t == 0)
        return std::nullopt;
    const std::string_view label = read->label;
    const std::vector<std::string_view>& words = read->words;
    if (words.empty() || words.size() > most_words + 1)
        return std::nullopt;
    TurnLabel out;
    out.b = b;
    out.e = b + label.size();
    out.text = t;
    // A title before the name ("M. Dupont", "Herr Weber", "Dr. Roe") is no part of its key.
    std::size_t first = 0;
    while (first + 1 < words.size() && person_title(lexs, text::lower(words[first])) != 0)
        ++first;
    if (words.size() - first > most_words)
        return std::nullopt;
    Shape kind = Shape::none;
    for (std::size_t k = first; k < words.size(); ++k) {
        const Shape w = word_shape(words[k]);
        const bool edge = k == first || k + 1 == words.size();
        if (w == Shape::none || (w == Shape::small && edge) ||
            (w == Shape::initials && words.size() - first > 1 && !spaced_initials(words, first)))
            return std::nullopt;
        if (w == Shape::small)
            continue;
        if (kind != Shape::none && w != kind)
            return std::nullopt; // ("Konrad WEBER", "Anna K.")
        kind = w;
    }
    const std::string low = text::lower(label.substr(static_cast<std::size_t>(words[first].data() - label.data())));
    // "R: ...", "A: ...", "Antwort: ...": an answer's label, the interviewee's turn (key "?A"); "P:", "Q:", "Frage:"
    // label the interviewer's questions, no one's quote.
    const LabelWord said = words.size() == 1 ? label_word(low) : LabelWord::none;
    if (said == LabelWord::question)
        return std::nullopt;
    if (said == LabelWord::answer) {
        out.kind = TurnKey::initialled;
        out.key = "?A";
        out.name_b = b;
        return out;
    }
    // Not a speaker's label: a question's or an answer's ("Frage:", "R:"), a line's label ("Update:", "Zitat:"),
    // a credit's or a link's ("Foto:", "Lire aussi :").
    if (in_list(lexs, "colon_label_words", low) || in_list(lexs, "credit_prefixes", low + ":") ||
        in_list(lexs, "related_prefixes", low) || in_list(lexs, "link_labels", low))
        return std::nullopt;
    out.name_b = static_cast<std::size_t>(words[first].data() - s.data());
    out.kind = kind == Shape::name ? TurnKey::name : kind == Shape::capitals ? TurnKey::capitals : TurnKey::initialled;
    if (out.kind == TurnKey::initialled) {
        out.key = initials_key(label);
    } else {
        out.key = low;
        for (std::size_t k = first; k < words.size(); ++k) {
            std::size_t i = 0;
            if (word_shape(words[k]) != Shape::small)
                out.initials.append(words[k].substr(0, (text::next_cp(words[k], i), i)));
        }
    }
    return out;
}

} // namespace

// A label and the words after it: a colon's (colon_turn()), else a label word's full stop (stop_turn()), past a time
// stamp in brackets.
std::optional<TurnLabel> turn_label(std::string_view s, const std::vector<const Lexicon*>& lexs) {
    const std::size_t b = past_time_stamp(s);
    if (auto turn = colon_turn(s, b, lexs))
        return turn;
    return stop_turn(s, b);
}

namespace {

// Line `s` may open with a turn's label: a colon among its first bytes, or a label word and its full stop
// (stop_label()). (Most paragraphs have neither, and turn_label() is not asked of them.)
bool may_open_label(std::string_view s) {
    return s.substr(0, 64).find(':') != std::string_view::npos || stop_label(s, 0).has_value();
}

// The line above unit u, the paragraph before it or its section's heading, ends on a question mark.
bool asked(const Article& a, const Unit& u) {
    if (u.section < 0 || static_cast<std::size_t>(u.section) >= a.sections.size())
        return false;
    const Section& sec = a.sections[static_cast<std::size_t>(u.section)];
    const std::string_view above = u.paragraph > 0 ? std::string_view(sec.paragraphs[static_cast<std::size_t>(u.paragraph) - 1])
                                   : sec.heading ? std::string_view(*sec.heading)
                                                 : std::string_view();
    const std::string_view t = text::trim(above);
    return !t.empty() && t.back() == '?';
}

// The words after a label are someone's: four words or more closed by a sentence's end ("Nie. Mówię to jasno: ...",
// "And the operator says?"), not a figure or a fact, "20.000 Euro", "3,9 Prozent", "One death and 432 new cases18:28".
bool spoken(std::string_view words) {
    const int least_words = 4;
    std::string_view t = text::trim(words);
    while (!t.empty() && (t.back() == '"' || t.back() == ')'))
        t.remove_suffix(1);
    if (t.empty() || !has_words(t, least_words))
        return false;
    std::size_t z = t.size();
    const char32_t last = text::prev_cp(t, z);
    return last == '.' || last == '?' || last == '!' || last == 0x2026 || text::is_quote_mark(last);
}

// Initials `key` are those of a name label whose initials are `name`: the same ("T.W." and "Tomasz Wielgosz"), or a
// family name's alone after the given names' ("J. K." and "Keller", "L. I." and "Imhof").
bool initials_of(std::string_view key, std::string_view name) {
    return key == name || (name.size() == 1 && key.size() > 1 && key.back() == name.front());
}

// "ZEIT: Sie wollen ...?" under "ZEIT ONLINE", "SPIEGEL: ..." over "SPIEGEL+": a label of one word in capitals
// that the page prints in capitals outside its body too, as a whole word of a line of its boilerplate (the site's
// name, "Erschienen in DIE ZEIT", a credit "für DIE ZEIT"), names the paper asking the questions, no one quoted.
bool printed_outside_body(const Article& a, std::string_view word) {
    for (const std::string& line : a.boilerplate)
        for (std::size_t at = line.find(word); at != std::string::npos; at = line.find(word, at + 1)) {
            std::size_t before = at, after = at + word.size();
            const bool open = at == 0 || !text::is_word_char(text::prev_cp(line, before));
            const bool shut = after >= line.size() || !text::is_word_char(text::next_cp(line, after));
            if (open && shut)
                return true;
        }
    return false;
}

} // namespace

void find_labelled_turns(std::vector<Unit>& units, std::vector<TurnKey>& keys, const Article& a,
                         const std::vector<const Lexicon*>& lexs) {
    keys.clear();
    // (A page of many labels is no interview, a page of comments or a list of facts: its keys are not gathered past
    // a few, and each label is matched against these few only.)
    const std::size_t most_keys = 6;
    const int least_turns = 2;
    int turns = 0;
    for (Unit& u : units) {
        if (u.where != Where::body || u.text.empty())
            continue;
        // (most paragraphs: no colon among their first bytes, no label word and its full stop)
        if (!may_open_label(u.text))
            continue;
        const auto label = turn_label(u.text, lexs);
        if (!label || !spoken(u.text.substr(label->text)))
            continue;
        auto at = std::find_if(keys.begin(), keys.end(), [&](const TurnKey& k) { return k.key == label->key; });
        if (at == keys.end()) {
            if (keys.size() == most_keys) {
                keys.clear();
                for (Unit& v : units)
                    v.turn = -1;
                return;
            }
            TurnKey k;
            k.kind = label->kind;
            k.key = label->key;
            k.initials = label->initials;
            k.printed = std::string(u.text.substr(label->name_b, label->e - label->name_b));
            keys.push_back(std::move(k));
            at = std::prev(keys.end());
        }
        ++at->turns;
        at->answers += asked(a, u) ? 1 : 0;
        ++turns;
        u.turn = static_cast<int>(at - keys.begin());
        u.label_b = static_cast<std::uint32_t>(label->b);
        u.label_e = static_cast<std::uint32_t>(label->e);
        u.turn_text = static_cast<std::uint32_t>(label->text);
    }
    // An interview: two speakers' labels opening two turns each (the initials of a name its own: "Tomasz Wielgosz:
    // ... T.W.: ..."), or one opening two answers to the questions above them (a paragraph or a heading ending on a
    // question mark). Not a label repeated over figures, "Tageskarte Erwachsene: 34 €", nor a live blog's title
    // over its entries.
    int speakers = 0, answering = 0;
    for (const TurnKey& k : keys) {
        int of_k = k.turns, answers = k.answers;
        if (k.kind == TurnKey::initialled) {
            if (std::any_of(keys.begin(), keys.end(), [&](const TurnKey& n) {
                    return n.kind != TurnKey::initialled && initials_of(k.key, n.initials);
                }))
                continue; // (counted with the name's)
        } else {
            for (const TurnKey& n : keys)
                if (n.kind == TurnKey::initialled && initials_of(n.key, k.initials)) {
                    of_k += n.turns;
                    answers += n.answers;
                }
        }
        speakers += of_k >= least_turns ? 1 : 0;
        answering += answers >= least_turns ? 1 : 0;
    }
    if (turns < least_turns || (speakers < 2 && answering < 1)) {
        keys.clear();
        for (Unit& u : units)
            u.turn = -1;
        return;
    }
    for (TurnKey& k : keys)
        k.outlet = k.kind == TurnKey::capitals && k.printed.find(' ') == std::string::npos &&
                   printed_outside_body(a, k.printed);
}

void find_unlabelled_answers(std::vector<Unit>& units, std::vector<TurnKey>& keys, const Article& a,
                             const std::vector<const Lexicon*>& lexs) {
    const int least_answers = 2;
    int answers = 0;
    for (Unit& u : units) {
        if (u.where != Where::body || u.text.empty() || u.text.back() == '?' || !spoken(u.text))
            continue;
        const Section& sec = a.sections[static_cast<std::size_t>(u.section)];
        const std::size_t para = u.paragraph > 0 ? static_cast<std::size_t>(u.paragraph) : 0;
        const std::string_view above = para > 0      ? std::string_view(sec.paragraphs[para - 1])
                                       : sec.heading ? std::string_view(*sec.heading)
                                                     : std::string_view();
        if (above.empty() || above.back() != '?')
            continue;
        // "Le Temps: Q? / Élisabeth Baume-Schneider: Je comprends ...": an interview's first pair of turns labelled,
        // the answers after it not: the labelled answer is one of them, its words after the label.
        // (a paragraph with no colon among its first bytes and no label word's full stop has no label)
        const auto label = may_open_label(u.text) ? turn_label(u.text, lexs) : std::nullopt;
        // (a question of its own: short, closed by "?", no quote mark in it; "Warum?" after a figure too; "Respuesta.
        // Porque ..." under "Pregunta. ¿Por qué ahora?": an answer's label is no part of its words either)
        const bool both = label && may_open_label(above) && turn_label(above, lexs);
        if (!both && !interviewer_question(above, true, lexs))
            continue;
        const bool labelled = both || (label && label->key == "?A");
        u.turn = 0;
        u.label_b = labelled ? static_cast<std::uint32_t>(label->b) : 0;
        u.label_e = labelled ? static_cast<std::uint32_t>(label->e) : 0;
        // ("—Hablamos muchas veces.", "— Nous en avons parlé.": the dash opening an answer is no part of its words)
        std::size_t dash = labelled ? 0 : spaced_dash_at(u.text, 0);
        while (dash > 0 && dash < u.text.size() && u.text[dash] == ' ')
            ++dash;
        u.turn_text = labelled ? static_cast<std::uint32_t>(label->text) : static_cast<std::uint32_t>(dash);
        ++answers;
    }
    // (one question answered is a rhetorical question over the writer's own paragraph; an interview asks several)
    if (answers < least_answers) {
        for (Unit& u : units)
            u.turn = -1;
        return;
    }
    TurnKey k;
    k.kind = TurnKey::initialled;
    k.key = "?A";
    k.turns = answers;
    keys.assign(1, std::move(k));
}

std::optional<std::string> turn_speaker(Extractor& ex, const Unit& u) {
    if (u.turn < 0 || static_cast<std::size_t>(u.turn) >= ex.turn_keys.size())
        return std::nullopt;
    const TurnKey& key = ex.turn_keys[static_cast<std::size_t>(u.turn)];
    const int least_turns = 2;
    if (key.key == "?A") { // (the one the headline names before its colon: "Valentina Orrego: «Q»")
        // (else the first person the units read before the answers named, the standfirst's or a caption's, in two
        // words or more and known as a person or described with a role: "Die Agrarministerin Petra Hofmann will ...")
        if (!ex.interviewee)
            for (const Person& p : ex.sp.people)
                if (!p.place && p.name.find(' ') != std::string::npos &&
                    (p.personal || std::any_of(p.roles.begin(), p.roles.end(), [&ex](const std::string& r) {
                         return role_noun(r, ex.sp) || trade_noun(r, ex.sp);
                     }))) {
                    ex.interviewee = p.name;
                    break;
                }
        if (!ex.interviewee) // (else the one the headline names: "Q&A: Novelist Harriet Quell on ...")
            ex.interviewee = ex.headline_person;
        return ex.interviewee;
    }
    // "T.W." after "Tomasz Wielgosz:": the name of another label whose initials they are.
    const TurnKey* named = &key;
    if (key.kind == TurnKey::initialled) {
        named = nullptr;
        for (const TurnKey& k : ex.turn_keys)
            if (k.kind != TurnKey::initialled && k.initials == key.key && k.printed.find(' ') != std::string::npos)
                named = &k;
        // (else the person the page named with these initials: "A. M.:" after "La glaciologue Anne Morel")
        if (named == nullptr) {
            const int k = person_of_initials(ex.sp, key.key);
            return k >= 0 ? std::optional(ex.sp.people[static_cast<std::size_t>(k)].name) : std::nullopt;
        }
    }
    // The person the page named before: "Weber" after "Seilbahnsprecher Konrad Weber", "CALLUM DYCE" after "Callum
    // Dyce".
    // (a place the page named, "am Flughafen Halle", or one word alone, "Berlin", is no one's name)
    if (const int k = ex.sp.find_person(named->printed); k >= 0) {
        const Person& p = ex.sp.people[static_cast<std::size_t>(k)];
        if (!p.place && p.name.find(' ') != std::string::npos)
            return p.name;
    }
    // Else a name of two words or more that opens turns twice (or whose initials do) is a person as printed; one
    // word is a person only when the page named it ("Bildung: ...", "Verkehr: ..." are topics).
    if (named->printed.find(' ') == std::string::npos)
        return named->kind == TurnKey::capitals && named->turns >= least_turns && !named->outlet
                   ? std::optional(named->printed)
                                                                              : std::nullopt;
    int turns = named->turns;
    for (const TurnKey& k : ex.turn_keys)
        if (k.kind == TurnKey::initialled && k.key == named->initials)
            turns += k.turns;
    if (turns < least_turns)
        return std::nullopt;
    // (the words of a capitals' label are no stopwords: "DER STANDARD", "THE TIMES" are a paper's)
    for (const std::string_view w : text::split_ws(named->key))
        if (ex.sp.stopword(w))
            return std::nullopt;
    return named->printed;
}

namespace {

// The words of an answer beside a quote it holds, without the marks, the colon or the comma that set that quote off
// ("Oui. Un vieux patron m'a dit un jour : «" -> "Oui. Un vieux patron m'a dit un jour").
std::string answer_piece(std::string_view piece) {
    std::size_t b = 0, e = piece.size();
    const auto edge = [](char32_t c) {
        return c == ' ' || c == 0xA0 || c == 0x202F || c == ':' || c == ',' || c == ';' || c == '.' ||
               text::is_quote_mark(c);
    };
    while (b < e) {
        std::size_t i = b;
        if (!edge(text::next_cp(piece, i)))
            break;
        b = i;
    }
    while (e > b) {
        std::size_t i = e;
        const char32_t c = text::prev_cp(piece, i);
        if (!edge(c) || c == '.')
            break;
        e = i;
    }
    return strip_edge_punct(piece.substr(b, e - b));
}

} // namespace

// "Oui. Un vieux patron m'a dit un jour : « Un port sans pêcheurs est un port mort ». Je le crois aussi.", "Das hat er
// oft gesagt. Landrat Peter Sauer sagte mir: „Die Fähre kostet zu viel“. Gerechnet hat er nie.": an interview's answer
// quoting someone else in marks gave its words twice, as the interviewee's answer and again as the quote the marks
// hold. A quote with its own cue is its speaker's: the answer keeps the words around it (each piece of two words or
// more its own quote, in reading order). A quote with no cue of its own is the answer's words: not a quote again.
void settle_quoted_answer(Extractor& ex, const Unit& u, std::size_t first) {
    std::vector<Quote>& qs = ex.quotes;
    const Quote answer = qs[first];
    // (the answer: the turn's words after its label, not a quote its marks hold, when no one says the turn)
    if (answer.where != Where::body || answer.cue || answer.section != u.section || answer.paragraph != u.paragraph ||
        2 * answer.text.size() < u.text.size() - u.turn_text)
        return;
    // (only a direct quote in the answer's marks is read again: a partial one, "told me she was \"not going to
    // ...\"", stays in the answer's sentence, and reported speech is no quote in marks)
    std::vector<std::size_t> inner, at; // (the cued inner quotes, where each stands in the answer's words)
    std::vector<char> own(qs.size(), 0); // (the uncued inner quotes: the answer's own words)
    std::size_t from = 0;
    bool held = false;
    for (std::size_t k = first + 1; k < qs.size(); ++k) {
        if (qs[k].kind != QuoteKind::direct || qs[k].text.size() < 3 || qs[k].text == answer.text)
            continue;
        const std::size_t pos = answer.text.find(qs[k].text, from);
        if (pos == std::string::npos)
            continue;
        held = true;
        if (!qs[k].cue) {
            own[k] = 1;
            continue;
        }
        inner.push_back(k);
        at.push_back(pos);
        from = pos + qs[k].text.size();
    }
    if (!held)
        return;
    std::vector<Quote> read(std::make_move_iterator(qs.begin() + static_cast<std::ptrdiff_t>(first) + 1),
                            std::make_move_iterator(qs.end()));
    qs.resize(first);
    std::size_t b = 0;
    const auto piece = [&](std::size_t e) {
        std::string words = answer_piece(std::string_view(answer.text).substr(b, e - b));
        if (has_words(words, 2)) {
            Quote q = answer;
            q.text = std::move(words);
            qs.push_back(std::move(q));
        }
    };
    if (inner.empty())
        qs.push_back(answer);
    // (the answer's pieces around each cued quote, in reading order; the unit's other quotes after them)
    for (std::size_t i = 0; i < inner.size(); ++i) {
        piece(at[i]);
        b = at[i] + read[inner[i] - first - 1].text.size();
        qs.push_back(std::move(read[inner[i] - first - 1]));
        own[inner[i]] = 1;
    }
    if (!inner.empty())
        piece(answer.text.size());
    for (std::size_t k = first + 1; k < own.size(); ++k)
        if (!own[k])
            qs.push_back(std::move(read[k - first - 1]));
}

} // namespace archive::quoting
