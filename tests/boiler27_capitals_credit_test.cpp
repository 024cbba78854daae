// A photographer's name in capitals and the outlet after a glued slash, "RUI OLIVEIRA/OBSERVADOR", alone on the line
// under a caption: the caption's credit, though it names no credit word (credits.cpp, capitals_name_outlet()). A
// menu's item in capitals with a slash names no person before it and credits nothing. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a name and an outlet in capitals under a caption are its credit", "[classify][credit][boiler27]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"pt", R"(Jornal do Douro
Política
Economia
Porto vai proibir trotinetas partilhadas na Baixa a partir de março
As operadoras têm três meses para retirar os veículos das ruas do centro histórico.
Pedro Martins
4 dez. 2026, 10:12
A Câmara do Porto vai proibir as trotinetas elétricas partilhadas na Baixa a partir de março, anunciou esta quinta-feira o presidente da autarquia.
A decisão foi tomada depois de uma consulta pública em que 70% dos participantes pediram regras mais apertadas.
Trotinetas estacionadas junto à Sé
RUI OLIVEIRA/JORNAL DO DOURO
A multa para quem deixar uma trotineta na zona proibida será de 50 euros, segundo o regulamento aprovado.
Os vereadores da oposição votaram contra e pediram mais estacionamento para as trotinetas fora da Baixa.
Partilhe
)",
         "Trotinetas estacionadas junto à Sé", "RUI OLIVEIRA/JORNAL DO DOURO"},
        {"it", R"(Gazzetta del Lago
Cronaca
Como vieta i monopattini in sharing nel centro storico da marzo
Le società hanno tre mesi per ritirare i mezzi dalle strade della città murata.
Anna Riva
4 dicembre 2026
Il Comune di Como vieterà i monopattini elettrici in sharing nel centro storico a partire da marzo, ha annunciato giovedì il sindaco.
La decisione è arrivata dopo una consultazione pubblica in cui il 70% dei partecipanti ha chiesto regole più severe.
Monopattini parcheggiati in piazza Duomo
MARCO BIANCHI/STUDIO POZZI
La multa per chi lascia un monopattino nella zona vietata sarà di 50 euro, secondo il regolamento approvato.
I consiglieri dell'opposizione hanno votato contro e chiesto più parcheggi per i monopattini fuori dal centro.
Condividi
)",
         "Monopattini parcheggiati in piazza Duomo", "MARCO BIANCHI/STUDIO POZZI"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.credit);
        const Article a = parse(r.page);
        const auto m =
            std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == r.caption; });
        REQUIRE(m != a.media.end());
        CHECK(m->credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(test::in_text(a, r.caption));
    }
}

TEST_CASE("a menu's item in capitals with a slash is no credit", "[classify][credit][boiler27]") {
    CHECK(is_credit_line("RUI OLIVEIRA/OBSERVADOR"));
    CHECK_FALSE(is_credit_line("IN MEMORIAM/ACKNOWLEDGEMENT"));
    CHECK_FALSE(is_credit_line("NOTÍCIAS LOCAIS/REGIÃO"));
    CHECK_FALSE(is_credit_line("ELEZIONI 2026/RISULTATI"));
    CHECK_FALSE(is_credit_line("SPORT/CALCIO"));
}
