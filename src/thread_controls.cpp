// A question-and-answer site prints the same controls under each post: its share and edit buttons ("Share / Improve
// this answer / Follow"), the post's comments and a comment form's label ("Add a comment"). The label is a blog's
// last line before its comment thread (lexicon section terminators); under a post of such a thread it ends the post
// only.
#include "thread_controls.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive {

namespace {

// "14", "-2": a post's vote count, a number alone on its line.
bool vote_count(const Block& b) {
    std::string_view s = text::trim(b.text);
    if (!s.empty() && s.front() == '-')
        s.remove_prefix(1);
    return s.size() <= 6 && text::all_ascii_digits(s);
}

// "2 Answers", "3 respostas": the count of a thread's answers (lexicon section answer_count_words), over them.
bool answer_count(const Block& b) {
    static const LexiconSection& answers = any_language_section("answer_count_words"); // (merged once)
    const text::Words words = b.lower_words();
    return words.size() == 2 && b.digits > 0 && answers.has(words[1]) &&
           std::all_of(words[0].begin(), words[0].end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
}

} // namespace

void unmark_thread_controls(Page& p) {
    // (A post's controls stand under its text, and its comments, a few of them printed, under the controls.)
    const std::size_t most_over = 15;
    static const LexiconSection& controls = any_language_section("post_edit_controls"); // (merged once)
    const std::vector<Block>& blocks = p.blocks;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        if (!p.terminator[i] || blocks[i].words > 4 || !(vote_count(blocks[i + 1]) || answer_count(blocks[i + 1])))
            continue;
        // (The count of the answers right under the label says a thread goes on, with or without the controls a
        // copy of the page may have lost; a vote count, a number alone, needs them.)
        bool under_post = answer_count(blocks[i + 1]);
        for (std::size_t j = i > most_over ? i - most_over : 0; j < i && !under_post; ++j)
            under_post = blocks[j].words <= 4 && controls.has(text::trim(blocks[j].lower));
        if (under_post)
            p.terminator[i] = false;
    }
}

} // namespace archive
