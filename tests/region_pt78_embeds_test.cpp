// An Instagram embed's "Ver essa foto no Instagram" on a Brazilian page is no section heading (pt78, probe71 R5), as
// "Ver esta publicación en Instagram" is none. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool in_sections(const Article& a, const std::string& line) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return (s.heading && *s.heading == line) ||
               std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end();
    });
}

const std::string pt_head = "Sociedade\nLisboa vai converter três escolas antigas em casas de renda acessível\n"
                            "Por Sofia Cardoso Vieira\n5 de dezembro de 2026, 14:32\n";
const std::string pt_text =
    "A Câmara Municipal de Lisboa aprovou esta quinta-feira a conversão de três antigas escolas primárias em "
    "habitação de renda acessível, num investimento de 18 milhões de euros.\n"
    "As obras devem começar no próximo ano e as primeiras casas serão entregues em 2028, segundo a vereação.\n";

} // namespace

TEST_CASE("an Instagram embed's line is no heading", "[region][pt78]") {
    for (const char* line : {"Ver essa foto no Instagram", "Ver este vídeo no Instagram"}) {
        CAPTURE(line);
        const std::string page = pt_head + pt_text.substr(0, pt_text.find('\n') + 1) + line +
                                 "\nUma publicação compartilhada por Ana Reis (@anareis)\n" +
                                 pt_text.substr(pt_text.find('\n') + 1);
        const Article a = parse(page, "page.txt");
        CHECK_FALSE(in_sections(a, line));
    }
}
