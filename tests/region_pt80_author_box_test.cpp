// The author's box closing the text with a job title between the name and the sentence on the author (pt80):
// "Inês Barroso Leal" / "Jornalista" / "Escreve sobre ...", "Nora Whitfield" / "Senior Reporter" / "Nora covers
// ...": the three lines leave the body once the byline over the text names the author, a list of tags between the
// text and the box too. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

bool body_holds(const Article& a, const std::string& piece) {
    for (const auto& s : a.sections) {
        if (s.heading && s.heading->find(piece) != std::string::npos)
            return true;
        for (const auto& para : s.paragraphs)
            if (para.find(piece) != std::string::npos)
                return true;
    }
    return false;
}

} // namespace

TEST_CASE("an author's box of name, job title and sentence leaves the body", "[region][byline][pt80]") {
    struct Case {
        std::string page;
        std::string author;
        std::string bio;
    };
    const std::vector<Case> cases = {
        {"Câmara vai converter três edifícios municipais em 240 casas de renda acessível\n"
         "Por Inês Barroso Leal\n"
         "5 de Dezembro de 2026, 14:32\n"
         "A Câmara Municipal aprovou esta quinta-feira a reconversão de três edifícios municipais devolutos em 240 "
         "habitações de renda acessível.\n"
         "Os edifícios ficam em três freguesias diferentes. Segundo a autarquia, as primeiras casas deverão ser "
         "entregues no início de 2028.\n"
         "A oposição pediu um calendário para as restantes casas prometidas pelo executivo municipal.\n"
         "Tópicos\n"
         "Lisboa\n"
         "Habitação\n"
         "Inês Barroso Leal\n"
         "Jornalista\n"
         "Escreve sobre habitação e poder local. Entrou na redação em 2015.\n"
         "Comentários\n"
         "Os comentários a este artigo estão fechados.\n"
         "Mais Sociedade\n"
         "Professores do secundário marcam greve para a próxima semana\n"
         "Há 2 horas\n",
         "Inês Barroso Leal", "Escreve sobre habitação"},
        {"Council to turn three empty school buildings into 240 affordable homes\n"
         "By Nora Whitfield\n"
         "December 5, 2026\n"
         "The city council voted on Thursday to convert three empty municipal buildings into 240 affordable homes for "
         "rent.\n"
         "The buildings stand in three different districts. The first homes should be ready early in 2028, the council "
         "said.\n"
         "The opposition asked for a timetable for the remaining homes the council had promised.\n"
         "Topics\n"
         "Housing\n"
         "Local government\n"
         "Nora Whitfield\n"
         "Senior Reporter\n"
         "Nora covers housing and local government. She joined the paper in 2015.\n"
         "Comments\n"
         "Comments on this article are closed.\n"
         "More Local News\n"
         "Teachers to strike next week over pay\n"
         "2 hours ago\n",
         "Nora Whitfield", "Nora covers housing"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.page);
        const Article a = parse(c.page, "page.txt");
        CHECK(a.authors == std::vector<std::string>{c.author});
        CHECK_FALSE(body_holds(a, c.bio));
        CHECK(body_holds(a, "2028"));
    }
}
