// Tests of the forms of a caption's credit on its line: a picture's label in small letters and a name joined to its
// agency by a slash in the closing parenthesis ("(foto Anna Rossi/Agenzia)"), an agency alone closing a caption's
// short phrase ("(Ansa)", "(dpa)"), and the mark parting the caption from the credit after it ("... — Foto: ..."),
// which neither keeps. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* language;
    const char* line;
    const char* caption;
    const char* credit;
};

// The caption and credit of a line under a headline and over two paragraphs, in Italian (the row's language names
// the caption's).
Article page_of(const Row& r) {
    const std::string page = std::string("Nuove regole per il porto della città vecchia\n") + r.line +
                             "\nLa giunta comunale ha approvato ieri sera il nuovo regolamento per l'uso del porto e "
                             "delle banchine della città vecchia.\n"
                             "Le nuove regole entreranno in vigore il primo giugno e riguarderanno anche i pescatori.\n";
    return classify(segment(page), "it");
}

} // namespace

TEST_CASE("a caption's credit in the forms of its line", "[classify][captions]") {
    const Row rows[] = {
        {"it", "Il municipio di Vallerosa (foto Anna Rossi/Agenzia Nord)", "Il municipio di Vallerosa",
         "(foto Anna Rossi/Agenzia Nord)"},
        {"it", "Il municipio di Vallerosa (Ansa)", "Il municipio di Vallerosa", "(Ansa)"},
        {"de", "Der neue Steg am Hafen von Seewinkel (dpa)", "Der neue Steg am Hafen von Seewinkel", "(dpa)"},
        {"pt", "Deputados durante a votação no plenário — Foto: Rui Matos/Agência Norte",
         "Deputados durante a votação no plenário", "Foto: Rui Matos/Agência Norte"},
        {"pt", "Vereadores durante a sessão na câmara - Foto: Rui Matos/Agência Norte",
         "Vereadores durante a sessão na câmara", "Foto: Rui Matos/Agência Norte"},
        {"es", "El alcalde durante el pleno del lunes | Foto: Lucía Gómez", "El alcalde durante el pleno del lunes",
         "Foto: Lucía Gómez"},
        {"en", "The council chamber during the vote – Photo: Jane Roe/Harbour Post",
         "The council chamber during the vote", "Photo: Jane Roe/Harbour Post"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const Article a = page_of(r);
        CHECK(a.media.size() == 1);
        if (a.media.size() != 1)
            continue;
        CHECK(a.media.front().caption.value_or("") == r.caption);
        CHECK(a.media.front().credit.value_or("") == r.credit);
        CHECK(lost_lines(a, r.line).empty());
    }
}

TEST_CASE("an agency closing a sentence of the text credits no picture", "[classify][captions]") {
    // A stop closes the sentence before the agency's tag: the text's credit, no caption.
    const Article a = page_of({"it", "Il sindaco ha firmato il decreto nella notte. (Ansa)", "", ""});
    CHECK(a.media.empty());
}
