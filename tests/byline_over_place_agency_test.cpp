// A bare name over the line naming the place the text was filed from and the agency ("Ana Souza Lima" / "Vale Verde,
// SP (Folhapress)", "Urs Gfeller" / "Bern (SDA)") is the author's byline: the place and agency line vouches for it as
// a date line does. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a bare name over a place and agency line is the author", "[byline][place_line]") {
    const std::tuple<const char*, const char*, const char*> rows[] = {
        {"Cotidiano\nChuva deixa 900 desalojados no litoral e prefeitura decreta emergência\n"
         "Rio Claro subiu 3 metros em 10 horas; Defesa Civil monitora duas barragens.\n",
         "Ana Souza Lima\nVale Verde, SP (Folhapress)\n03.dez.2026 às 11h25\n",
         "VALE VERDE, SP (FOLHAPRESS) - A chuva que caiu durante a madrugada desta quarta-feira deixou ao menos 900 "
         "pessoas desalojadas em Vale Verde, segundo a Defesa Civil municipal.\n"
         "O prefeito decretou situação de emergência no fim da manhã, depois de visitar os bairros mais atingidos.\n"
         "Escolas municipais foram transformadas em abrigos e a prefeitura pede água potável e colchões.\n"},
        {"Region\nDie Fähre fährt nach drei Wochen wieder\n"
         "Seit Montag verkehrt die Fähre zwischen beiden Ufern wieder nach dem gewohnten Fahrplan.\n",
         "Urs Gfeller\nBern (SDA)\nPubliziert: 03.12.2026, 10.15 Uhr\n",
         "Die Fähre zwischen beiden Ufern fährt seit Montag wieder nach dem gewohnten Fahrplan, nach drei Wochen "
         "Stillstand wegen eines defekten Motors.\nFahrgäste mussten in dieser Zeit zwanzig Minuten Umweg über die "
         "Brücke beim Dorf fahren.\nDie Gemeinde teilt mit, dass der neue Motor noch einen Monat getestet wird.\n"},
    };
    for (const auto& [head, signature, body] : rows) {
        const std::string page = std::string(head) + signature + body;
        INFO(page);
        const Article a = parse(page);
        REQUIRE(a.authors.size() == 1);
        CHECK(std::string(signature).starts_with(a.authors.front() + "\n"));
    }
}

TEST_CASE("a line of names over a place without an agency is no byline by it", "[byline][place_line]") {
    // "Bern" alone names no agency: the line under the names vouches for nothing.
    const std::string page = "Region\nDie Fähre fährt nach drei Wochen wieder\n"
                             "Seit Montag verkehrt die Fähre zwischen beiden Ufern wieder nach dem Fahrplan.\n"
                             "Urs Gfeller\nBern (Symbolbild)\n"
                             "Die Fähre zwischen beiden Ufern fährt seit Montag wieder nach dem gewohnten Fahrplan, "
                             "nach drei Wochen Stillstand wegen eines defekten Motors.\nFahrgäste mussten in dieser "
                             "Zeit zwanzig Minuten Umweg über die Brücke beim Dorf fahren.\n";
    const Article a = parse(page);
    CHECK(a.authors.empty());
}
