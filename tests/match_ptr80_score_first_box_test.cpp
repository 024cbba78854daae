// A match's facts box whose first row under its label is the score between the two teams ("FICHA TÉCNICA" /
// "Cruzeiro 2 x 1 Bahia" / "Local: ..." / ... / line-ups) is kept whole with the report, not cut after the rows the
// region reached (ptr80, probe71 R6). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

std::vector<std::string> paragraphs_of(const Article& a) {
    std::vector<std::string> out;
    for (const auto& s : a.sections)
        out.insert(out.end(), s.paragraphs.begin(), s.paragraphs.end());
    return out;
}

bool in_text(const Article& a, const std::string& line) {
    const auto all = paragraphs_of(a);
    return std::find(all.begin(), all.end(), line) != all.end();
}

} // namespace

TEST_CASE("a facts box opening with the score between the teams is kept whole", "[match][ptr80]") {
    const std::string pt = "esporte\nFutebol\nAtlético Serrano vence o Ribeirão e garante vaga na Sul-Americana\n"
                           "Por Bruno Tavares\n05/12/2026 21h58\n"
                           "O Atlético Serrano venceu o Ribeirão por 3 a 1, na noite desta quinta-feira, no estádio "
                           "Ipiranga, e garantiu vaga na Copa Sul-Americana do ano que vem.\n"
                           "O time da casa abriu o placar com Diego Lacerda, aos 12 do primeiro tempo. O Ribeirão "
                           "empatou no início do segundo tempo, mas o Serrano virou com dois gols de Renan Paiva.\n"
                           "Na última rodada, o Serrano visita o Guarani. O Ribeirão recebe o Paulista em casa.\n"
                           "FICHA TÉCNICA\nAtlético Serrano 3 x 1 Ribeirão\nLocal: Estádio Ipiranga, em Serrana (SP)\n"
                           "Data: 4 de dezembro de 2026, quinta-feira\nÁrbitro: Paulo Henrique Matos (SP)\n"
                           "Gols: Diego Lacerda, aos 12 do 1º tempo; Tiago Reis, aos 4, e Renan Paiva, aos 20 e 41 do "
                           "2º tempo\n"
                           "Cartões amarelos: Diego Lacerda (ATS); Tiago Reis, Caio Moura (RIB)\n"
                           "ATLÉTICO SERRANO: Fábio; Rangel, Duda, Paulão e Igor; Nunes, Léo e Diego Lacerda; Renan "
                           "Paiva, Gil e Neto. Técnico: Ronaldo Assis.\n"
                           "RIBEIRÃO: Marcão; Júnior, Tiago Reis, Bruno e Lima; Caio Moura, Edu e Pedrinho; Tiago, "
                           "Sávio e Rafa. Técnico: Márcio Pires.\n"
                           "Veja também\nTabela do campeonato\nMais lidas\n";
    const std::string es = "Deportes\nFútbol\nEl Valdeluz remonta ante el Montvert y sueña con el ascenso\n"
                           "Por Jaime Ortega\n05/12/2026 21:58\n"
                           "El Valdeluz remontó ante el Montvert en el estadio de La Vega y se coloca a dos puntos de "
                           "los puestos de ascenso a falta de tres jornadas para el final.\n"
                           "El Montvert se adelantó con un gol de Sergio Pardo en el minuto 12, pero dos tantos de "
                           "Iván Rey en la segunda parte dieron la vuelta al marcador.\n"
                           "El próximo domingo el Valdeluz visita al Olmedo, y el Montvert recibe al Arenal.\n"
                           "FICHA TÉCNICA\nValdeluz 2-1 Montvert\nEstadio: La Vega, 4.200 espectadores.\n"
                           "Árbitro: Luis Cabrera Ortiz (Colegio Castellano).\n"
                           "Goles: 0-1, m. 12, Sergio Pardo; 1-1, m. 58, Iván Rey; 2-1, m. 84, Iván Rey.\n"
                           "Valdeluz: Moreno; Gil, Soto, Lara, Ruiz; Pino, Vega; Iván Rey, Cano, Mora; Dani.\n"
                           "Montvert: Prieto; Sanz, Olmo, Ríos, Peña; Sergio Pardo, Roca; Luna, Toro, Vidal; Gallo.\n"
                           "Te puede interesar\nClasificación de la liga\nLo más leído\n";
    const std::pair<const std::string*, const char*> cases[] = {{&pt, "Veja também"}, {&es, "Te puede interesar"}};
    for (const auto& [page, after] : cases) {
        const Article a = parse(*page, "page.txt");
        // The box's rows: the lines between its label and the link under it.
        const std::string label = "FICHA TÉCNICA\n";
        const std::size_t from = page->find(label) + label.size(), to = page->find(after);
        std::vector<std::string> rows;
        for (std::size_t at = from; at < to;) {
            const std::size_t nl = page->find('\n', at);
            rows.push_back(page->substr(at, nl - at));
            at = nl + 1;
        }
        REQUIRE(rows.size() >= 6);
        for (const auto& row : rows) {
            CAPTURE(row);
            CHECK(in_text(a, row));
        }
    }
}
