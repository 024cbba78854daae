// An interview printed as a transcript, each turn opened by its speaker's label and a colon ("M.K.: ...?", "T.W.:
// ...", "Q: ...", "Frage: ..."), and the interviewer's sign-off under it ("Rozmawiała Anna Nowak", "Propos recueillis
// par Jeanne Morel"): the rules of the section loop (sections_build.cpp) that read them, whether or not the page sets
// its turns apart by blank lines.
#include "sections_parts.hpp"
#include "turn_labels.hpp"

#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "quote_nouns.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

namespace {

// "SPIEGEL", "HERALD", "ÉCHO": a word of five to twelve capital letters (letters only: "M.K.", "NZZ", "A-1" are
// initials or a code).
bool capitals_name(std::string_view label) {
    const std::size_t least_letters = 5, most_letters = 12;
    std::size_t letters = 0;
    for (std::size_t at = 0; at < label.size();) {
        if (!text::is_upper(text::next_cp(label, at)))
            return false;
        ++letters;
    }
    return letters >= least_letters && letters <= most_letters;
}

// "LANDBOTE ONLINE", "DIE ZEIT", "THE HERALD": a name of two or three words set in capitals (the paper asking in its
// own name), each word of two letters or more and letters only ("U. S.", "A-1 B" are initials or a code).
bool capitals_words(const std::vector<std::string_view>& words) {
    const std::size_t least_letters = 2, most_words = 3;
    if (words.size() < 2 || words.size() > most_words)
        return false;
    return std::all_of(words.begin(), words.end(), [&](std::string_view w) {
        std::size_t letters = 0;
        for (std::size_t at = 0; at < w.size(); ++letters)
            if (!text::is_upper(text::next_cp(w, at)))
                return false;
        return letters >= least_letters;
    });
}

// The key of the speaker whose turn the line opens with a label and a colon: "?Q" for a question's label word ("P",
// "Q", "Frage": lexicon section question_label_words), "?A" for an answer's ("R", "A", "Antwort"), the capitals of
// initials ("M.K.", "MK" -> "MK") or of a name of two or three words ("Magdalena Kruczek" -> "MK", as her later turns
// are labelled, its last word put in `*surname`: "Kruczek: ..." may label them too), a name set in capitals whole
// ("LANDBOTE ONLINE"); empty when the line opens with no such label. ("10.20 Uhr: ...", "Zonen neu: 18", "Green deal:
// Das Handwerk ...": a figure, a word in small letters are no turn's.)
std::string colon_key(const Block& b, std::string_view* surname) {
    const LabelBounds bounds{40, 4}; // (a label of three words at most)
    const std::size_t most_label_words = 3;
    const auto read = colon_label(b.text, 0, bounds);
    if (!read)
        return {};
    const std::string_view label = read->label;
    const std::string low = text::lower(label);
    if (const LabelWord w = label_word(low); w != LabelWord::none)
        return w == LabelWord::question ? "?Q" : "?A";
    const std::vector<std::string_view>& words = read->words;
    if (words.empty() || words.size() > most_label_words)
        return {};
    std::string key;
    std::size_t front = 0;
    text::next_cp(label, front);
    if (words.size() == 1 && front < label.size() && !text::is_lower(text::next_cp(label, front))) {
        // "SPIEGEL: Woran liegt das?", "HERALD: And the council?": a name set in capitals (the paper asking in its
        // own name), five letters or more and no dot, is its own key.
        if (capitals_name(label))
            return std::string(label);
        // Initials: capitals, each perhaps closed by its dot, four at most.
        const std::size_t most_initials = 4;
        key = initials_key(label);
        for (std::size_t at = 0; at < key.size();) {
            const std::size_t start = at; // (the bytes of the initials before this one)
            if (!text::is_upper(text::next_cp(key, at)) || start >= most_initials)
                return {};
        }
        return key;
    }
    // ("LANDBOTE ONLINE: Woran hat es gefehlt?", "THE HERALD: And the council?": as a name of one word in capitals.)
    if (capitals_words(words))
        return std::string(label);
    // A name: each word a capital and small letters ("Tomasz", "Kruczek-Nowak"); a surname alone is its own key.
    if (words.size() == 1)
        key = std::string(label);
    else
        *surname = words.back();
    for (const std::string_view w : words) {
        std::size_t at = 0;
        const char32_t first = text::next_cp(w, at);
        if (!text::is_upper(first) || at >= w.size())
            return {};
        if (words.size() > 1)
            key.append(w.substr(0, at));
        while (at < w.size()) {
            const char32_t cp = text::next_cp(w, at);
            if (!text::is_lower(cp) && cp != '-')
                return {};
        }
    }
    return key;
}

// The key of the speaker whose turn line `b` opens (colon_key()), or, for a label word closed by a full stop ("D.
// Segretaria, com'è andata?", "R. Male. ...", "Pregunta. ¿Por qué ahora?": stop_label()), "?Q" or "?A" as for the
// same word and a colon. (A line of fewer than four words is no turn.) `*surname` as colon_key() sets it.
std::string turn_key(const Block& b, std::string_view* surname) {
    const int least_turn_words = 4;
    // (The count first: most lines are longer, and most open with no capital's label.)
    if (b.words < least_turn_words)
        return {};
    std::string key = colon_key(b, surname);
    if (key.empty())
        if (const auto stop = stop_label(b.text, 0))
            key = stop->said == LabelWord::question ? "?Q" : "?A";
    return key;
}

// "Kessler: ... kein Hafen. / »Ohne Bagger geht nichts« / LANDBOTE ONLINE: Was wäre ...?", "Okafor: ... with the
// keys. / Money for a caretaker / THE HERALD: What would help most now?": line k, under an answer (and the lines
// going on with it) and right over the next question, is the transcript's cross-head when it has a heading's shape: two
// to ten words opened by a capital or a quotation mark, no stop closing them (in quotation marks or not), no label of
// its own. (A line closed by its stop there is more of the answer.)
bool transcript_cross_head(const Page& p, std::size_t k) {
    const int most_words = 10;
    const Block& b = p.blocks[k];
    if (p.role[k] != Role::none || b.words < 2 || b.words > most_words || b.end_punct || b.urls > 0 || b.boilerplate ||
        b.repeats > 0 || b.text.find(": ") != std::string::npos)
        return false;
    // (Past the quotation mark, or the apostrophe set as one, and the French space after it.)
    std::size_t at = 0;
    const char32_t mark = text::next_cp(b.text, at);
    const std::string_view words = text::is_quote_mark(mark) || mark == '\''
                                       ? text::trim(std::string_view(b.text).substr(at))
                                       : std::string_view(b.text);
    return text::starts_upper(words);
}

} // namespace

// "Magdalena Kruczek: ... Mają powody? / Tomasz Wielgosz: Nie. ... / M.K.: Co to konkretnie oznacza? / T.W.: ...": two
// speakers' labels taking turns (three changes of speaker at least, two turns each), one of them asking (two of the
// turns closed by a question mark at least, or labelled as questions) is an interview's transcript: each turn of the
// one asking, glued over the other's answer, heads it (as an interview's questions set apart by blank lines do:
// interview_question()) unless half of those turns state something (closed by no question mark, and not labelled as
// questions: a conversation), and no other turn heads anything; a cross-head between an answer and the next question
// heads too (transcript_cross_head()). (A page's comments, "Anna Berg: ... / Tom Roe: ...", run through more than
// two names.)
std::vector<char> transcript_turns(const Page& p, std::size_t rs, std::size_t re) {
    std::vector<char> turns(re >= rs ? re - rs + 1 : 0, 0);
    struct Turn {
        std::size_t k;
        std::string key;
    };
    std::vector<Turn> labelled;
    // ("Martina Kessler: Nur mit viel mehr Geld. ... / LANDBOTE ONLINE: Woran hat es gefehlt? / Kessler: Am Willen.
    // ...": a surname alone labels the turns of the name of two or three words ending in it that labelled one before.)
    std::vector<std::pair<std::string_view, std::string>> surnames;
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (p.role[k] == Role::none) {
            std::string_view surname;
            std::string key = turn_key(p.blocks[k], &surname);
            if (key.empty())
                continue;
            if (!surname.empty())
                surnames.emplace_back(surname, key);
            const auto named =
                std::find_if(surnames.begin(), surnames.end(), [&](const auto& known) { return known.first == key; });
            labelled.push_back({k, named != surnames.end() ? named->second : std::move(key)});
        }
    const std::size_t least_turns = 2;
    const int least_changes = 3, least_questions = 2;
    if (labelled.size() < 2 * least_turns)
        return turns;
    // The two speakers: the first label and the first other one after it.
    const std::string first = labelled.front().key;
    auto other_at = std::find_if(labelled.begin(), labelled.end(), [&](const Turn& t) { return t.key != first; });
    if (other_at == labelled.end())
        return turns;
    const std::string second = other_at->key;
    std::size_t of_first = 0, of_second = 0;
    int changes = 0, asked_first = 0, asked_second = 0;
    for (std::size_t i = 0; i < labelled.size(); ++i) {
        const Turn& t = labelled[i];
        const bool asks = p.blocks[t.k].text.back() == '?';
        if (t.key == first) {
            ++of_first;
            asked_first += asks;
        } else if (t.key == second) {
            ++of_second;
            asked_second += asks;
        } else {
            return turns;
        }
        changes += i > 0 && labelled[i - 1].key != t.key;
    }
    if (of_first < least_turns || of_second < least_turns || changes < least_changes)
        return turns;
    // The one asking: the question's label, else the one whose turns ask more.
    std::string asking = first, answering = second;
    if (second == "?Q" || (first != "?Q" && asked_second > asked_first))
        std::swap(asking, answering);
    if (asking != "?Q" && std::max(asked_first, asked_second) < least_questions)
        return turns;
    // When half the turns of the one asking over an answer state something ("HOST: It's a quarter to six and the
    // tide is out."), the transcript is a conversation (a podcast's, a broadcast's): none of them heads. (In an
    // interview whose turns mostly ask, one that states is a question too: "Q: The unions call it a first step.")
    auto over_answer = [&](std::size_t i) {
        return labelled[i].key == asking && i + 1 < labelled.size() && labelled[i + 1].k == labelled[i].k + 1 &&
               labelled[i + 1].key == answering;
    };
    auto asks = [&](std::size_t i) { return asking == "?Q" || p.blocks[labelled[i].k].text.back() == '?'; };
    std::size_t over = 0, stating = 0;
    for (std::size_t i = 0; i < labelled.size(); ++i)
        if (over_answer(i)) {
            ++over;
            stating += !asks(i);
        }
    const bool conversation = 2 * stating >= over;
    for (std::size_t i = 0; i < labelled.size(); ++i) {
        const Turn& t = labelled[i];
        const bool answered = !conversation && over_answer(i);
        turns[t.k - rs] = answered ? transcript_question : transcript_turn;
        if (answered && i > 0 && labelled[i - 1].key == answering && labelled[i - 1].k + 1 < t.k &&
            transcript_cross_head(p, t.k - 1))
            turns[t.k - 1 - rs] = transcript_title;
    }
    return turns;
}

// "Rozmawiała Magdalena Kruczek", "Propos recueillis par Jeanne Morel", "Das Gespräch führte Anna Muster.", "Interview:
// Tom Hale": the line under an interview naming the one who asked its questions (lexicon section interview_signoffs,
// then a name of one to four capitalised words) signs it, no heading of the text under it (a box on the one asked).
bool interview_signoff(const Block& b) {
    const int most_words = 8;
    const std::size_t most_name_words = 4;
    if (b.words < 2 || b.words > most_words)
        return false;
    static const LexiconSection& signoffs = any_language_section("interview_signoffs"); // (found once)
    const std::string_view low = b.lower;
    std::size_t at = opens_with_entry(signoffs, low);
    if (at == 0 || low.size() <= at + 1)
        return false;
    if (low[at] == ':' || (low[at] == ' ' && at + 1 < low.size() && low[at + 1] == ':'))
        at = low.find(':', at) + 1;
    if (at >= low.size() || low[at] != ' ')
        return false;
    std::string_view name = text::trim(std::string_view(b.text).substr(at));
    if (name.ends_with('.'))
        name.remove_suffix(1);
    const std::vector<std::string_view> words = text::split_ws(name, most_name_words + 1);
    return !words.empty() && words.size() <= most_name_words &&
           std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); });
}

// "Interview", "L'intervista", "Entretien", "Im Gespräch", "Q&A": a short label naming the page's genre, an
// interview's (lexicon section interview_words, one of its words past an elided article).
bool interview_label(const Block& b) {
    const int most_words = 4;
    if (b.words < 1 || b.words > most_words || b.urls > 0 || b.end_punct)
        return false;
    static const LexiconSection& words = any_language_section("interview_words"); // (found once)
    // ("Q&A": the whole line, its words split at the ampersand.)
    if (words.has(b.lower))
        return true;
    const auto lower = b.lower_words();
    return std::any_of(lower.begin(), lower.end(),
                       [](std::string_view w) { return words.has(quoting::after_elided_prefix(w)); });
}

} // namespace archive
