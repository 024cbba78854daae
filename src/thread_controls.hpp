// The controls of a question-and-answer thread ("Improve this answer", "Add a comment", "2 Answers"), which print a
// comment form's label under every post of the thread: thread_controls.cpp.
#pragma once

#include "page.hpp"

namespace archive {

/// Takes back the terminator of a comment form's label that closes one post of a question-and-answer thread ("Add a
/// comment" under the question, over "2 Answers" or the next answer's vote count): the thread goes on under it.
void unmark_thread_controls(Page& p);

} // namespace archive
