// Build-time tool: reads the word lists (src/lexicon/*.txt) with parse_lexicon() and writes them as a C++ source
// file of constant tables (src/lexicon_data.hpp), so the program binds to its word lists at start-up instead of
// reading and lower-casing a hundred kilobytes of text at every run.
// Usage: lexicon_compile OUT.cpp LIST.txt...   (a list's code is its file name without .txt)
#include "lexicon.hpp"
#include "lexicon_parse.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// `s` as the body of a C++ string literal: printable ASCII as it is, the rest in octal escapes (never followed by a
// digit taken into them: an escape has at most three).
std::string escaped(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b >= 0x20 && b < 0x7F) {
            out += c;
        } else {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\%03o", b);
            out += buf;
        }
    }
    return out;
}

std::string file_code(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    return name.substr(0, name.rfind('.'));
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: lexicon_compile OUT.cpp LIST.txt...\n";
        return 2;
    }
    std::vector<std::string> paths(argv + 2, argv + argc);
    std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
        return file_code(a) < file_code(b);
    });
    std::ostringstream out;
    out << "// Generated from src/lexicon/*.txt by tools/lexicon_compile.cpp. Do not edit.\n"
           "#include \"lexicon_data.hpp\"\n\n"
           "namespace archive::lexicon_data {\nnamespace {\n";
    std::ostringstream files;
    for (std::size_t f = 0; f < paths.size(); ++f) {
        std::ifstream in(paths[f], std::ios::binary);
        if (!in) {
            std::cerr << paths[f] << ": error: cannot read\n";
            return 1;
        }
        std::ostringstream content;
        content << in.rdbuf();
        const auto sections = archive::parse_lexicon(content.str());
        // The file's text: every section's name, then its entries, each a piece of it.
        std::string text, entries, table;
        std::size_t entry_count = 0;
        // (Strings are appended to, not made with "literal" + string: GCC 12 warns falsely of an overlap there.)
        auto piece = [&text](const std::string& s) {
            std::string p = "{";
            p += std::to_string(text.size());
            p += ", ";
            p += std::to_string(s.size());
            p += '}';
            text += s;
            return p;
        };
        std::string text_lines;
        for (const auto& sec : sections) {
            archive::LexiconSection indexed; // (the look-up forms as lexicon.cpp's index_section() makes them)
            const std::size_t first = entry_count;
            auto text_line = [&text_lines](std::string_view s) {
                text_lines += "    \"";
                text_lines += escaped(s);
                text_lines += "\"\n";
            };
            text_line(sec.name);
            const std::string name = piece(sec.name);
            for (const auto& e : sec.entries) {
                text_line(e);
                entries += "    ";
                entries += piece(e);
                entries += ",\n";
                ++entry_count;
                indexed.longest = std::max(indexed.longest, e.size());
                indexed.sketch.add(e);
            }
            table += "    {";
            for (const std::string& field : {name, std::to_string(first), std::to_string(sec.entries.size()),
                                             std::to_string(indexed.longest)}) {
                table += field;
                table += ", ";
            }
            table += '{';
            for (std::size_t k = 0; k < indexed.sketch.bits.size(); ++k) {
                table += k == 0 ? "" : ", ";
                table += std::to_string(indexed.sketch.bits[k]);
                table += "u";
            }
            table += "}},\n";
        }
        const std::string id = std::string("f") += std::to_string(f);
        out << "constexpr char " << id << "_text[] =\n" << (text_lines.empty() ? "    \"\"\n" : text_lines) << ";\n"
            << "constexpr Piece " << id << "_entries[] = {\n" << entries << "    {0, 0}};\n"
            << "constexpr Section " << id << "_sections[] = {\n" << table << "    {}};\n\n";
        // (Each array ends in an unused element, so that a list without entries or sections still makes one.)
        files << "    {\"" << escaped(file_code(paths[f])) << "\", {" << id << "_text, " << text.size() << "}, {"
              << id << "_entries, " << entry_count << "}, {" << id << "_sections, " << sections.size() << "}},\n";
    }
    out << "} // namespace\n\nconst File files[] = {\n" << files.str() << "    {}};\n"
        << "const unsigned file_count = " << paths.size() << ";\n\n} // namespace archive::lexicon_data\n";
    // Written only when it changed, so that an unchanged list recompiles nothing.
    const std::string result = out.str();
    std::ifstream old(argv[1], std::ios::binary);
    std::ostringstream old_content;
    if (old)
        old_content << old.rdbuf();
    if (!old || old_content.str() != result) {
        std::ofstream o(argv[1], std::ios::binary | std::ios::trunc);
        o << result;
        if (!o) {
            std::cerr << argv[1] << ": error: cannot write\n";
            return 1;
        }
    }
    return 0;
}
