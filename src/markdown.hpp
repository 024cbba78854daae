// Markdown input: a web clipper's export of an article (MarkDownload, Obsidian's clipper, Joplin) read as the page
// it was clipped from. Internal to the decode stage (decode.cpp calls it on the decoded text).
#pragma once

#include <string>
#include <string_view>

namespace archive {

/// "---" / "title: ..." / "author: ..." / "---" opening the text (a front matter of "key: value" lines, list items
/// under a key), or three links or pictures in Markdown's marks ("[text](https://...)", "![alt](/img.jpg)"), or one
/// with two "## Heading" lines: the text is a Markdown export, not a page's text.
bool markdown_text(std::string_view text);

/// The text of a Markdown export as a page prints it: the marks of headings ("## "), quotations ("> "), emphasis
/// ("**", "__", "*", "_") and escapes taken off; a link or a picture gives its text (a picture's none when the
/// caption under it prints it again), and the addresses follow the text, one a line, in its order (so no address is
/// lost: the lines go to the boilerplate); the front matter keeps its keys and values (quotation marks and wiki
/// brackets off, a key's list items joined on its line, "key: a, b"), but the title and the description give their
/// words alone, under it, unless the text prints them again. Fenced code is kept as it is.
std::string markdown_plain(std::string_view text);

} // namespace archive
