// The lines of the classify stage that close an article: the author's box under it (a name, a verb and a job of the
// press) and the lines after which it does not go on (comment threads, related articles, sharing boxes). The other
// line checks are in lines.cpp.
#include "classify.hpp"
#include "company_boxes.hpp"

#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <span>
#include <string>
#include <vector>

namespace archive {

namespace {

// "... Write to her at jane.doe@harbour.example", "... E-Mail: [email protected]": the line closes with an e-mail
// address (or the words a saved page prints where its script hid one). (Its last byte settles most lines: an address
// ends in a letter of its domain, the hidden one in a bracket.)
bool ends_with_address(std::string_view t) {
    if (t.empty())
        return false;
    const char last = t.back();
    if (last == ']')
        return t.ends_with("protected]") && t.find("[email") != std::string_view::npos;
    if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')))
        return false;
    // The last token, found backwards byte by byte (find_last_of() asks memchr() of its three bytes at every byte).
    std::size_t start = t.size();
    while (start > 0 && t[start - 1] != ' ' && t[start - 1] != '\t' && t[start - 1] != '\n')
        --start;
    const std::string_view tok = t.substr(start);
    const std::size_t at = tok.find('@');
    return at != std::string_view::npos && at > 0 && tok.find('.', at) != std::string_view::npos;
}

// "The Guardian", "Le Figaro", "L'Équipe", "Il TAR", "the BBC": the capitalised words opening a line name a
// newspaper, a court or a body, not the author of a box: the first is an article (its elided form too) or the last is
// an acronym of two capitals or more ("AWR Hawkins" opens with initials; "JANE ROE" is all capitals). (`names`: the
// tokens of the name, particles among them.)
bool names_no_person(std::span<const std::string_view> names) {
    static const LexiconSection& articles = any_language_section("articles"); // (merged once)
    std::string_view first = names.front();
    const std::size_t elided = first.find_first_of("'\xE2"); // "L'", "L’" (the curly mark's first byte)
    if (elided != std::string_view::npos)
        first = first.substr(0, elided);
    if (articles.has(text::LowerCased(first).view()))
        return true;
    const auto capitals = [](std::string_view w) {
        return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    return capitals(names.back()) && !std::all_of(names.begin(), names.end(), [&](std::string_view w) {
        return capitals(w) || !text::starts_upper(w);
    });
}

// author_bio() of a line that passed its cheap tests (`line`, its text past a footnote's "*"), its first two tokens
// read: `first`, `second`, and `next`, the byte after them. `any_job`: a job other than the press's names the author
// too ([bio_profession_words]). (A function of its own: the many lines settled by the counts do not set up its frame of
// 24 tokens and lower-cased words.)
bool bio_after_counts(std::string_view line, std::string_view first, std::string_view second, std::size_t next,
                      bool any_job) {
    // The first 24 tokens, read as far as the rules need them: two settle most lines.
    std::array<std::string_view, 24> toks_read;
    toks_read[0] = first;
    toks_read[1] = second;
    std::size_t read = 2;
    auto read_to = [&](std::size_t count) {
        for (; read < count; ++read) {
            toks_read[read] = text::next_token(line, next);
            if (toks_read[read].empty())
                break;
        }
    };
    static const LexiconSection& bio_verbs = any_language_section("bio_verbs"); // (merged once)
    // The name: capitalised words, with particles between them ("Luca di Marco", "Anna von Berg"). (Read a token at
    // a time: most lines are settled by their first two.)
    std::size_t k = 0;
    int names = 0;
    for (std::size_t t = 0; t < 5; ++t) {
        read_to(t + 1);
        if (t >= read)
            break;
        if (text::starts_upper(toks_read[t])) {
            ++names;
            k = t + 1;
        } else if (names == 0 || toks_read[t].size() > 3 || bio_verbs.has(text::LowerCased(toks_read[t]).view())) {
            break;
        }
    }
    if (names < 2 || names > 4)
        return false;
    read_to(6);
    std::span<const std::string_view> toks(toks_read.data(), read);
    if (k >= toks.size())
        return false;
    const text::LowerCased verb(toks[k]); // (the words lower-cased on the stack)
    if (!bio_verbs.has(verb.view()))
        return false;
    // "Le Figaro écrit que ...", "Der Nordbote berichtet über ...": a verb of writing or reporting ([bio_words] lists
    // it) after a paper's or a court's name reports what it wrote.
    const LexiconSection& roles = any_language_section("bio_words");
    if (roles.has(verb.view()) && names_no_person(toks.first(k)))
        return false;
    read_to(toks_read.size());
    toks = std::span<const std::string_view>(toks_read.data(), read);
    static const LexiconSection& jobs = any_language_section("bio_profession_words"); // (merged once)
    // "Jane Roe writes about science", "Anna Muster schreibt über Verkehr", "Jane Roe covers the courts": the verb is
    // the job itself ([bio_words] lists it) when a topic's word follows it ([bio_topic_words]) or it is a beat's verb,
    // whatever its object ([bio_beat_verbs]). "Jane Roe writes that the plan failed" reports what she wrote.
    static const LexiconSection& topics = any_language_section("bio_topic_words");
    static const LexiconSection& beats = any_language_section("bio_beat_verbs");
    if (k + 1 < toks.size() && roles.has(verb.view()) &&
        (beats.has(verb.view()) || topics.has(text::LowerCased(toks[k + 1]).view())))
        return true;
    // Else a job after the verb.
    for (std::size_t r = k + 1; r < toks.size(); ++r) {
        const text::LowerCased lowered(toks[r]);
        std::string_view w = lowered.view();
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';'))
            w.remove_suffix(1);
        if (roles.has(w) || (any_job && jobs.has(w)))
            return true;
    }
    return false;
}

// The bit of a line's first eight bytes in a sketch of 1024 (`s` has eight bytes at least).
std::size_t opening_bit(std::string_view s) {
    return static_cast<std::size_t>((text::load8(s.data()) * 0x9E3779B97F4A7C15ULL) >> 54);
}

// A line of at most 60 words whose first eight bytes may be those of a phrase of lexicon section author_box_subjects:
// the cheap test before author_named_by_word(), which most prose fails ("The council met ...", "Die Stadt ..." are
// turned away by one look-up, before the phrases of their first letter are compared).
bool may_name_author(const Block& b) {
    const int most_words = 60;
    const std::size_t opening = 8;
    // (Each phrase's bit, set once; a phrase shorter than eight bytes would set them all.)
    static const std::bitset<1024> openings = [] {
        std::bitset<1024> bits;
        for (const std::string_view e : any_language_section("author_box_subjects").entries)
            e.size() >= opening ? bits.set(opening_bit(e)) : bits.set();
        return bits;
    }();
    return b.words <= most_words && b.lower.size() >= opening && openings.test(opening_bit(b.lower));
}

// "The author is a professor of history at Harbour University.", "L'auteur est économiste.", "Autor jest
// dziennikarzem i publicystą.": the box may name its writer by the word "author" instead of a name; a phrase of lexicon
// section author_box_subjects (the word and its verb) opens the line and a job follows within a few words, one of the
// press ([bio_words]) or another profession ([bio_profession_words], asked only here: "Jane Doe is a professor" tells
// of somebody in the article as often as of its author). "The author is right that the war was lost" names no job.
// (Asked of a line that may_name_author().)
bool author_named_by_word(const Block& b) {
    const int job_within = 6; // words after the verb: "is a senior research fellow", "ist seit 2010 Redakteur"
    static const LexiconSection& subjects = any_language_section("author_box_subjects"); // (merged once)
    const std::string_view low = b.lower;
    static const auto by_byte = by_first_byte(subjects.entries);
    for (const std::string_view phrase : by_byte[static_cast<unsigned char>(low.front())]) {
        if (low.size() <= phrase.size() || low[phrase.size()] != ' ' || !low.starts_with(phrase))
            continue;
        static const LexiconSection& press = any_language_section("bio_words");
        static const LexiconSection& jobs = any_language_section("bio_profession_words");
        const std::string_view rest = low.substr(phrase.size());
        std::size_t at = 0;
        for (int k = 0; k < job_within; ++k) {
            const std::string_view w = text::next_word_of_lowered(rest, at);
            if (w.empty())
                break;
            if (press.has(w) || jobs.has(w))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace

bool closed_by_own_name(std::string_view line) {
    // (The link is a few words after the box's last sentence: "More about Jane Roe", "Tous les articles de Jane Roe".)
    const std::size_t least_words = 6, most_link = 6;
    // (Most lines are settled by their second word and their last, read without splitting the line.)
    std::size_t at = 0;
    text::next_token(line, at);
    if (text::next_token(line, at) != text::last_token(line))
        return false;
    const auto tokens = text::split_ws(line);
    if (tokens.size() < least_words || !text::starts_upper(tokens[0]) || !text::starts_upper(tokens[1]) ||
        tokens[tokens.size() - 2] != tokens[0] || tokens.back() != tokens[1])
        return false;
    const std::size_t stop = text::rfind_mark(line, ". ");
    return stop != std::string_view::npos && text::split_ws(line.substr(stop + 2)).size() <= most_link;
}

bool author_bio(const Block& b) {
    // "Jane Doe is a senior writer for Harbour Weekly.", "Anna Muster ist Redakteurin im Ressort Stadt.",
    // "Jean Dupont est journaliste au service Société.": the author's box under an article, a name, a verb and a
    // job of the press within the first words. Its last sentence may be the author's address, without a stop.
    // (A line of a few words is asked only for the word "author": "L'auteur est économiste.", with its stop. Short
    // lines without one, menus and labels, are settled by their counts, their last token not read for an address.)
    const int least_words = 3, least_named = 6;
    if (b.words < least_named)
        return b.words >= least_words && b.end_punct && text::starts_upper(b.text) && may_name_author(b) &&
               author_named_by_word(b);
    // "Jana Roth* / ... / *Jana Roth ist Historikerin an der Universität St. Gallen.", "*Hélène Marchetti est
    // professeure de géographie ...": the footnote's asterisk opening the line ties it to the byline's name: the
    // author's box, whatever her job ([bio_profession_words] too). (Its first byte first.)
    std::string_view line = b.text;
    const bool starred = line.size() > 1 && line.front() == '*';
    if (starred)
        line.remove_prefix(1);
    if (b.words > 90 || !text::starts_upper(line))
        return false;
    // "Jane Roe covers the courts for The Harbour Post. More about Jane Roe": the box closed by a link to the author's
    // page, which names her again, her first two words the line's last two.
    if (!b.end_punct && b.upper_initial >= 4 && closed_by_own_name(b.text))
        return true;
    if (!b.end_punct && !ends_with_address(b.text))
        return false;
    if (may_name_author(b) && author_named_by_word(b))
        return true;
    // The name opens the line and has two capitalised words at least, which segment() counted among the line's
    // capitalised tokens (upper_initial): most sentences of prose are settled here, before a token is read.
    // (The line is trimmed: its first token opens at its first byte.)
    if (b.upper_initial < 2)
        return false;
    // "The council met Jane Doe.": a second word in lower case, longer than a particle ("di", "von"), ends the name
    // at one word (the rest of the reading would settle the same).
    std::size_t next = 0;
    const std::string_view first = text::next_token(line, next);
    const std::string_view second = text::next_token(line, next);
    if (second.empty() || (second.size() > 3 && !text::starts_upper(second)))
        return false;
    return bio_after_counts(line, first, second, next, starred);
}

namespace {

// A sketch of a section's entries eight times wider than its own WordSketch (the same bits of word_edges_mix(), three
// more of them): the terminators of all the languages, a few hundred, fill nearly half of 512 bits, so that half the
// lines and prefixes asked about went on to be hashed; 4096 bits turn away all but a few.
class WideSketch {
public:
    explicit WideSketch(std::span<const std::string_view> entries) {
        for (const auto& e : entries)
            bits_.set(bit(e));
    }
    bool may_have(std::string_view w) const { return bits_.test(bit(w)); }

private:
    static std::size_t bit(std::string_view w) { return static_cast<std::size_t>(word_edges_mix(w) >> 52); }
    std::bitset<4096> bits_;
};

} // namespace

// The phrases of lexicon section origin_notes open the line, after marks ("*", "(") or a label with its colon
// ("Editor's note:").
bool origin_note(const Block& b) {
    const int least_words = 4, most_words = 60;
    const std::size_t widest_label = 30; // bytes before the colon of "Anmerkung der Redaktion:"
    if (b.words < least_words || b.words > most_words)
        return false;
    // (The phrases by their first byte, gathered once: a line is compared only with those opening as it does.)
    static const std::array<std::vector<std::string_view>, 256> notes =
        by_first_byte(any_language_section("origin_notes").entries);
    auto opens = [](std::string_view low) {
        while (!low.empty() && (low.front() == '*' || low.front() == '(' || low.front() == '[' || low.front() == '_' ||
                                low.front() == ' '))
            low.remove_prefix(1);
        if (low.empty())
            return false;
        const auto& same_front = notes[static_cast<unsigned char>(low.front())];
        return std::any_of(same_front.begin(), same_front.end(), [&](const std::string_view phrase) {
            // (A whole word ends the phrase: the byte after it is no letter, ASCII or of a character beyond.)
            const char32_t after = low.size() > phrase.size() ? static_cast<unsigned char>(low[phrase.size()]) : U' ';
            return low.starts_with(phrase) && after < 0x80 && !text::is_letter(after);
        });
    };
    std::string_view low = b.lower;
    if (opens(low))
        return true;
    const std::size_t colon = low.find(':');
    return colon != std::string_view::npos && colon <= widest_label && opens(low.substr(colon + 1));
}

// "Über die Nordwerk Antriebe GmbH", "About Harbourlight Systems Inc.", "À propos de Marelle SA": the title of the
// paragraph a company's press release closes with, presenting the company (a phrase of lexicon section
// company_box_titles, then the company's name closed by its legal form, lexicon section company_form_words). What
// follows it, the paragraph, the press contact and the downloads, is no part of the release's news.
bool company_box_title(const Block& b, const text::Words& words) {
    const std::size_t fewest = 3, most = 8, dotted_part = 2;
    const int least_capitals = 2; // the title's first word and the legal form ("À propos d'Ardelle SA")
    if (b.upper_initial < least_capitals || words.size() < fewest || words.size() > most)
        return false;
    // (The last word settles almost every line: a legal form, or a part of a dotted one, "S.p.A", "B.V.", which the
    // words split; then the line's last token is looked up, without its final stops, the dots inside kept.)
    static const LexiconSection* forms = common_lexicon().section("company_form_words"); // (looked up once)
    if (forms == nullptr || (words.back().size() > dotted_part && !forms->has(words.back())))
        return false;
    const std::string_view low = b.lower;
    std::string_view form = low;
    while (!form.empty() && form.back() == '.')
        form.remove_suffix(1);
    form.remove_prefix(form.rfind(' ') + 1);
    if (form.size() > forms->longest || !forms->has(form))
        return false;
    static const LexiconSection& titles = any_language_section("company_box_titles");
    return std::any_of(titles.entries.begin(), titles.entries.end(), [low](const std::string_view t) {
        // ("à propos d'Ardelle SA": an elided article is glued to the name.)
        return low.size() > t.size() && low.starts_with(t) && (low[t.size()] == ' ' || t.back() == '\'');
    });
}

namespace {

// The name after a company box's title words in `b` (lexicon section company_box_titles, "Über die", "About", "À
// propos d'"), as printed, from its first capitalised word on: "Stadtwerke Lindenau" of "Über die Stadtwerke
// Lindenau", "Harbour Trust" of "About the Harbour Trust"; empty when no title opens the line or no capitalised word
// follows.
std::string_view box_title_name(const Block& b) {
    static const LexiconSection& titles = any_language_section("company_box_titles"); // (merged once)
    const std::string_view low = b.lower;
    std::size_t skip = 0; // the title's tokens, the one an elided article is glued to left out
    bool elided = false;
    for (const std::string_view t : titles.entries)
        if (low.size() > t.size() && low.starts_with(t) && (low[t.size()] == ' ' || t.back() == '\'')) {
            skip = static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) + (t.back() == '\'' ? 0 : 1);
            elided = t.back() == '\'';
            break;
        }
    if (skip == 0)
        return {};
    std::size_t at = 0;
    for (std::size_t i = 0; i < skip; ++i)
        text::next_token(b.text, at);
    for (std::string_view tok = text::next_token(b.text, at); !tok.empty(); tok = text::next_token(b.text, at)) {
        if (elided) { // ("d'Ardelle": the name after the apostrophe)
            elided = false;
            if (const std::size_t mark = tok.find('\''); mark != std::string_view::npos)
                tok.remove_prefix(mark + 1);
        }
        if (text::starts_upper(tok))
            return std::string_view(b.text).substr(static_cast<std::size_t>(tok.data() - b.text.data()));
    }
    return {};
}

} // namespace

bool box_title_line(const Block& b) { return !box_title_name(b).empty(); }

void mark_company_boxes(Page& p) {
    // "Über die Stadtwerke Lindenau / Die Stadtwerke Lindenau GmbH versorgen rund 60.000 Menschen ...", "About the
    // Harbour Trust / The Harbour Trust is a charity that ...", "À propos de Ville Claire / Ville Claire est une
    // association ...": the title of the box on the body that issued a press release, without the legal form that
    // company_box_title() reads, is known by the paragraph right under it naming the same body among its first words,
    // with its legal form or over its press contact. It ends the release, as the title with a legal form does. (Under
    // three paragraphs of prose at least: the title of an "About us" page heads its text; its counts and its first
    // letters settle most lines.)
    const std::size_t least_prose = 3, most_words = 8, widest_opening = 2, most_under = 4;
    const auto& blocks = p.blocks;
    std::size_t prose = 0;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.end_punct && b.words >= 8) {
            ++prose;
            continue;
        }
        if (prose < least_prose || p.terminator[i] || b.upper_initial < 2 || b.words < 2 ||
            static_cast<std::size_t>(b.words) > most_words || b.urls > 0 || b.digits > 0)
            continue;
        const Block& next = blocks[i + 1];
        if (!next.end_punct || next.words < 8)
            continue;
        const std::string_view name = box_title_name(b);
        if (name.empty())
            continue;
        // (The name opens the paragraph or follows its first words, an article: "Die Stadtwerke Lindenau GmbH".)
        const std::size_t found = next.text.find(name);
        if (found == std::string::npos || found + name.size() >= next.text.size() ||
            (found > 0 && next.text[found - 1] != ' '))
            continue;
        std::size_t at = 0, words_before = 0;
        while (at < found && words_before <= widest_opening) {
            text::next_token(next.text, at);
            if (at <= found)
                ++words_before;
        }
        const char after = next.text[found + name.size()];
        if (words_before > widest_opening || (after != ' ' && after != ','))
            continue;
        // The body is a company's ("Die Stadtwerke Lindenau GmbH versorgen ...") or the contact of its press office
        // follows ("Pressekontakt", "Media contact": lexicon section press_contact_labels): "Über die Zukunft der
        // Fähre / Die Zukunft der Fähre hängt am Kredit ..." is a heading of the text.
        at = found + name.size();
        std::string form = text::lower(text::next_token(next.text, at));
        while (!form.empty() && (form.back() == '.' || form.back() == ','))
            form.pop_back();
        static const LexiconSection* forms = common_lexicon().section("company_form_words");  // (looked up once)
        static const LexiconSection& contacts = any_language_section("press_contact_labels"); // (merged once)
        bool box = forms != nullptr && forms->has(form);
        for (std::size_t j = i + 2; j < blocks.size() && j <= i + 1 + most_under && !box; ++j) {
            std::string_view label = blocks[j].lower;
            while (!label.empty() && label.back() == ':')
                label.remove_suffix(1);
            box = contacts.has(label);
        }
        if (box)
            p.terminator[i] = true;
    }
}

namespace {

// The first tokens of the entries of two words or more.
std::vector<std::string_view> phrase_openers_of(std::span<const std::string_view> entries) {
    std::vector<std::string_view> openers;
    for (const std::string_view e : entries)
        if (const std::size_t space = e.find(' '); space != std::string::npos)
            openers.push_back(e.substr(0, space));
    return openers;
}

// The sections and sketches is_terminator() reads, merged once over the languages and never changed: looked up
// once, not for every line. (One object: the guard of a static is asked once a line, not once for each of them.)
struct TerminatorTables {
    const LexiconSection& terminators = any_language_section("terminators");
    // "【関連記事】", "相关阅读": the labels of Japanese and Chinese pages, which have no language
    // file, are in common.txt.
    const LexiconSection* cjk_terminators = common_lexicon().section("terminators");
    // The longest phrase a whole line can be.
    const std::size_t longest =
        std::max(terminators.longest, cjk_terminators != nullptr ? cjk_terminators->longest : 0);
    const WideSketch sketch{terminators.entries};
    const LexiconSection& recommending = any_language_section("recommending_words");
    // (Each prefix asked opens with the line's first token, which a phrase of the terminators opens with too: a
    // sketch of those first tokens settles most lines before a prefix is asked.)
    const WideSketch phrase_openers{phrase_openers_of(terminators.entries)};
};

} // namespace

bool is_terminator(const Block& b) {
    static const TerminatorTables tables;
    const LexiconSection& terminators = tables.terminators;
    const LexiconSection* cjk_terminators = tables.cjk_terminators;
    const std::size_t longest = tables.longest;
    std::string_view low = b.lower;
    std::string_view kept = low; // (without the colons and full stops that close it)
    while (!kept.empty() && (kept.back() == ':' || kept.back() == '.'))
        kept.remove_suffix(1);
    // Without digits a line ends the article only as a whole phrase or when it opens with one and has 8 words at
    // most: most lines of a page are settled here, by their lengths.
    if (b.digits == 0 && kept.size() > longest && b.lower_words().size() > 8)
        return false;
    auto terminator = [&terminators](std::string_view s) {
        return s.size() <= terminators.longest && tables.sketch.may_have(s) && terminators.has(s);
    };
    // "Share this:", "Teilen mit:": a blog's sharing box under the post is written with its colon; the same words
    // without it are share buttons, printed over the article as often as under it.
    if (!low.empty() && low.back() == ':' && terminator(low))
        return true;
    // "Partager :", "J'aime ça :": French sets a space (or a no-break space) before the colon; the words before it are
    // the label, as "Teilen:" is.
    if (kept.size() < low.size() && low.back() == ':') {
        std::string_view label = kept;
        for (std::string_view space : {" ", "\u00a0", "\u202f", " "})
            if (label.ends_with(space))
                label.remove_suffix(space.size());
        if (label.size() < kept.size() && !label.empty() && (terminator(label) || terminator(std::string(label) + ':')))
            return true;
    }
    low = kept;
    if (terminator(low) || (cjk_terminators != nullptr && cjk_terminators->has(low)))
        return true;
    // The rules below count up to 30 words: a longer line is not read past its 31st.
    const text::Words words = b.lower_words().first(31);
    // "DW recommends", "Die Redaktion empfiehlt", "La rédaction recommande": the title of a box of other articles,
    // the site or its editors and a verb of recommending (lexicon section recommending_words), two or three words.
    // (A heading of the article's own, "What the doctor recommends", has more words before its verb.)
    if (words.size() >= 2 && words.size() <= 3 && b.digits == 0 && !b.end_punct && text::starts_upper(b.text) &&
        tables.recommending.has(words.back()))
        return true;
    if (company_box_title(b, words))
        return true;
    // "12 comments", "Comments (3)", "There are 13 comments"
    if (words.size() <= 4 && b.digits > 0)
        for (const auto& w : words)
            if (terminator(w))
                return true;
    // "Weitere Artikel aus dem Ressort Sport", "Related stories from our partners": a short line opening with a
    // phrase of two words or more ("Czytaj też: <title>" is one related link, not the end).
    if (words.size() <= 8 && b.separators == 0 && tables.phrase_openers.may_have(low.substr(0, low.find(' ')))) {
        // "RELATED ARTICLESMORE FROM AUTHOR", "Mehr zum ThemaKommentare": the phrase glued to the next label of
        // the page without their space, the label opening with a capital inside what reads as one word. (Offsets
        // of the lowered line are the text's only when lowering kept every character's length.)
        const bool same_offsets = b.lower.size() == b.text.size();
        auto glued_at = [&](std::size_t j) {
            return same_offsets && b.text[j] >= 'A' && b.text[j] <= 'Z' && low[j - 1] >= 'a' && low[j - 1] <= 'z';
        };
        bool two_words = false;
        for (std::size_t sp = low.find(' '); sp != std::string_view::npos; sp = low.find(' ', sp + 1)) {
            if (two_words && sp > 0 && terminator(low.substr(0, sp)))
                return true;
            two_words = true;
            for (std::size_t j = sp + 2; j < low.size() && low[j] != ' '; ++j)
                if (glued_at(j) && terminator(low.substr(0, j)))
                    return true;
        }
    }
    // "11 Antworten zu „Sonntag am See“", "3 thoughts on “A day at the lake”": the header of a comment thread,
    // which quotes the article's title (a numbered section "4. Response codes" does not).
    if (b.digits == 0 || words.size() < 3 || words.size() > 30)
        return false;
    std::size_t next = 0;
    std::string_view first = text::next_token(b.text, next);
    if (!text::all_ascii_digits(first) || !any_language_has("comment_nouns", words[1]))
        return false;
    bool quotes_title = false;
    std::size_t at = 0;
    while (at < b.text.size() && !quotes_title) {
        char32_t cp = text::next_cp(b.text, at);
        quotes_title = text::is_open_quote(cp) || cp == '"';
    }
    return quotes_title;
}

} // namespace archive
