// may_hold_credit() of the classify stage: the words and marks that a credit, a caption's label or an agency's label
// needs (credits.cpp, agencies.cpp), sought among the words segment() split, which spare most lines of the metadata
// phase (classify_meta.cpp) the tests that read them.
#include "cjk_captions.hpp"
#include "credits_parts.hpp"
#include "notices_parts.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

namespace {

// The words that every line read as a credit, a caption's label or an agency's label holds (see may_hold_credit()):
// the first word (text::next_word_of_lowered()'s) of each credit word and agency's spelling that is_credit_word()
// and labelled_agency() find as a token, of each credit prefix, credit label and caption label that is_credit_line(),
// split_trailing_credit() and labelled_caption() find at a line's or a word's start. A word ends at a mark or a space,
// so the line holding such a token or prefix has that word among its own words (segment()'s lower_words). An entry
// without a word ("©") is sought in the lower-cased line; `usable` is false when a prefix's first word may run on
// into the line's next characters (a prefix of one word and no mark: the words then settle nothing). A test that
// comes to read a new kind of credit needs that kind's words or marks here too (meta_signs_test.cpp checks the kinds
// known).
struct CreditSigns {
    std::deque<std::string> owned; // (the entries lower-cased, which the words below view; a deque does not move them)
    WordsByFront words;
    // The sizes of the words by their first byte, one bit each (all under 64 bytes), and their edges and sizes in a
    // sketch (word_edges_mix()): most words of a line ("der", "par", "and" pass the first) are turned away by one of
    // the two before they are compared with the words opening as they do.
    std::array<std::uint64_t, 256> sizes{};
    std::bitset<4096> sketch;
    std::vector<std::string_view> wordless;
    bool usable = true;

    // `whole`: the entry is found as a whole token (its end is the token's, a space or a mark after it).
    void add(std::string_view entry, bool whole) {
        const std::string_view low = owned.emplace_back(text::lower(entry));
        std::size_t i = 0;
        const std::string_view first = text::next_word_of_lowered(low, i);
        if (first.empty()) {
            if (low.empty())
                usable = false; // (an empty entry would match every line)
            else
                wordless.push_back(low);
            return;
        }
        if ((!whole && first.data() + first.size() == low.data() + low.size()) || first.size() >= 64) {
            usable = false;
            return;
        }
        words.add(first);
        sizes[static_cast<unsigned char>(first.front())] |= std::uint64_t{1} << first.size();
        sketch.set(sketch_slot(first));
    }

    static std::size_t sketch_slot(std::string_view w) { return static_cast<std::size_t>(word_edges_mix(w) >> 52); }
};

const CreditSigns& credit_signs() {
    static const CreditSigns signs = [] {
        CreditSigns out;
        const Lexicon& common = common_lexicon();
        for (const char* tokens : {"credit_words", "glued_credit_labels", "photographer_role_words"})
            for (const auto& w : common.list(tokens))
                out.add(w, true);
        // (The small word inside a full name, "of" in "Press Trust of India", is a sign of nothing: lines of text
        // hold it.)
        const std::size_t least_inner = 3; // bytes
        for (const char* agencies : {"agencies", "agency_full_names"})
            for (const auto& names : common.phrase_list(agencies))
                for (std::size_t k = 1; k < names.size(); ++k)
                    if (k == 1 || names[k].size() >= least_inner)
                        out.add(names[k], true);
        // (A caption's label is followed by a space or its colon: labelled_caption().)
        for (const auto& label : common.list("caption_labels"))
            out.add(label, true);
        for (const auto& prefix : common.list("credit_prefixes"))
            out.add(prefix, false);
        return out;
    }();
    return signs;
}

// A full stop, a space, a credit's separator mark (lexicon section credit_separator_marks) and a space in `line`.
bool stop_then_mark(std::string_view line) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    if (marks == nullptr)
        return false;
    for (std::size_t stop = line.find(". "); stop != std::string_view::npos; stop = line.find(". ", stop + 2)) {
        const std::size_t mark = stop + 2, space = line.find(' ', mark);
        if (space != std::string_view::npos && space > mark && space - mark <= marks->longest &&
            marks->has(line.substr(mark, space - mark)))
            return true;
    }
    return false;
}

} // namespace

bool may_hold_credit(const Block& b) {
    const CreditSigns& signs = credit_signs();
    const std::string& line = b.text;
    // "(Photo: Jane Roe)", "... on the quay (AP Photo/Jane Roe)", "... the pier (file photo).": a parenthesis opening
    // or closing the line is read by the tests themselves.
    if (!signs.usable || line.empty() || line.front() == '(' || line.back() == ')' || line.ends_with(")."))
        return true;
    // "…四成。（記者吳志明攝）", "图：发布会现场": a CJK caption's label or credit, read by the tests themselves.
    if (cjk_caption_sign(line))
        return true;
    // "... on Wednesday morning. [Photo: Joel Chebet, Observer]": square brackets closing the line, read as a
    // parenthesis; "... em Bento Figueira - Caio Venturelli/Folhapress": a slash in the line's last word, a name and
    // the outlet it credits after a separator mark (marked_person_outlet_closing()). The tests read both themselves.
    if (line.back() == ']')
        return true;
    if (const std::size_t space = line.rfind(' '); space != std::string::npos && line.find('/', space) != std::string::npos)
        return true;
    // "... on a test run. Sam Vale/Harbour Times", "... quitte le port. Jean Roux/Le Courrier": a name and the outlet
    // after a slash, after the caption's last stop, with no label (split_trailing_credit(): person_slash_outlet());
    // the outlet's words after the slash may run past the line's last word. The tests read the tail themselves.
    // (One forward search, memchr, spares most lines the backward one.)
    if (const std::size_t slash = line.find('/') == std::string::npos ? std::string::npos : line.rfind('/');
        slash != std::string::npos && slash > 2) {
        const std::size_t most_tail_bytes = 80; // (a name and an outlet of four words)
        // (The outlet and the name open with capitals, a space perhaps around the slash, "Jan Roe / Forum": "km/h",
        // "and/or" after a stop are spared the tests.)
        const std::size_t stop = text::rfind_mark(line, ". ", slash);
        const std::size_t outlet = slash + 1 < line.size() && line[slash + 1] == ' ' ? slash + 2 : slash + 1;
        if (stop != std::string::npos && slash - stop <= most_tail_bytes && outlet < line.size() &&
            text::starts_upper(line.substr(outlet)) && text::starts_upper(line.substr(stop + 2)))
            return true;
    }
    // "... mercredi 11 mars. MAXIME LE GALL / LA GAZETTE DU VAL": a credit in capitals closing the caption names no
    // credit word; a line ending on a capital letter with a slash in it is read by the tests themselves.
    if (line.back() >= 'A' && line.back() <= 'Z' && line.find('/') != std::string::npos)
        return true;
    // "... del Cabanyal. / Rober Solsona": a separator mark between spaces after a full stop leads to a credit that
    // may be a name alone (split_trailing_credit()); the marks are read by the tests themselves.
    if (stop_then_mark(line))
        return true;
    // "... on Nov. 20. Maddie McGarvey for The Daily Record": a capital closing the line, and after the last stop the
    // word saying whom the picture was taken for (lexicon section outlet_for_words) between spaces: the tail is read
    // by the tests themselves (photographer_for_outlet()).
    if (const std::size_t stop = text::rfind_mark(line, ". ");
        stop != std::string::npos && text::starts_upper(line.substr(stop + 2))) {
        static const LexiconSection* fors = common_lexicon().section("outlet_for_words"); // (looked up once)
        const std::string_view tail = std::string_view(b.lower).substr(std::min(stop, b.lower.size()));
        if (fors != nullptr)
            for (std::string_view w : fors->entries)
                if (spaced_word_at(tail, w) != std::string_view::npos)
                    return true;
    }
    // "... en su casa de Madrid. Andrea Comas": a name of two or three capitalised words after the last stop, a small
    // letter closing the line, is read by the tests themselves (split_trailing_credit()). (The line's last bytes
    // alone are searched, where such a name stands.)
    if (const auto last = static_cast<unsigned char>(line.back()); (last >= 'a' && last <= 'z') || last >= 0x80) {
        const std::size_t most_name_bytes = 60;
        const std::size_t from = line.size() > most_name_bytes ? line.size() - most_name_bytes : 0;
        const std::string_view end = std::string_view(line).substr(from);
        if (const std::size_t stop = text::rfind_mark(end, ". "); stop != std::string_view::npos && stop > 0 &&
                                                      text::starts_upper(end.substr(stop + 2))) {
            const std::string_view name = end.substr(stop + 2);
            const auto spaces = std::count(name.begin(), name.end(), ' ');
            if (spaces >= 1 && spaces <= 2)
                return true;
        }
    }
    // "... Gallipoli - RIPRODUZIONE RISERVATA": a rights notice closing the line (lexicon section
    // caption_rights_tails) is read by the tests themselves (rights_tail()).
    static const LexiconSection* rights = common_lexicon().section("caption_rights_tails"); // (looked up once)
    if (rights != nullptr && !b.end_punct)
        for (std::string_view notice : rights->entries)
            if (std::string_view(b.lower).ends_with(notice))
                return true;
    for (std::string_view mark : signs.wordless)
        if (b.lower.find(mark) != std::string_view::npos)
            return true;
    if (std::any_of(b.lower_words().begin(), b.lower_words().end(), [&signs](std::string_view w) {
            return !w.empty() && w.size() < 64 &&
                   (signs.sizes[static_cast<unsigned char>(w.front())] >> w.size() & 1) != 0 &&
                   signs.sketch.test(CreditSigns::sketch_slot(w)) && signs.words.has(w);
        }))
        return true;
    // "... in HarwickCredit: Coast Press": a credit's label glued to the caption's last word is no word of its own.
    return glued_label_opening(line) != std::string_view::npos;
}

} // namespace archive
