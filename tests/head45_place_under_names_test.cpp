// "<linha fina> / Ana Beatriz Souza / Brasília / 5.dez.2026 às 14h32": the place the author files from, a line of one
// word or two, between the author's bare names and the date line, still closes the standfirst over the names: the
// line under the headline is the lede. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a place line between the author's names and the date line keeps the standfirst",
          "[classify][lede][head45]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede;
    };
    const Row rows[] = {
        {"pt",
         "Assine\nEntrar\nPoder\nMercado\nMundo\nEsporte\n"
         "PODER\n"
         "Senado aprova projeto que amplia o prazo de licença para pais de recém-nascidos\n"
         "Relatora do texto, senadora Carla Menezes disse que a mudança corrige uma distorção antiga\n"
         "Ana Beatriz Souza\nBrasília\n5.dez.2026 às 14h32\n"
         "Ouvir esta notícia\nCompartilhar\nSalvar\n"
         "Assinantes podem liberar 5 acessos por dia em presente de fim de ano\n"
         "O Senado aprovou nesta sexta-feira (5) o projeto que amplia a licença para pais de recém-nascidos de cinco "
         "para vinte dias.\n"
         "O texto segue agora para a Câmara dos Deputados, onde deve ser votado ainda no primeiro semestre.\n",
         "Relatora do texto, senadora Carla Menezes disse que a mudança corrige uma distorção antiga"},
        {"de",
         "Abo\nAnmelden\nSchweiz\nWirtschaft\nSport\n"
         "Bundeshaus\n"
         "Ständerat verlängert den Urlaub für Väter von Neugeborenen auf drei Wochen\n"
         "Die Kommission sagt, die Änderung behebe eine alte Ungleichheit bei den Familien\n"
         "Anna Maria Muster\nBern\n5.12.2026, 14:32 Uhr\n"
         "Artikel vorlesen\nSchrift verkleinern\nSchrift vergrössern\n"
         "Abonnenten können zum Jahresende fünf Artikel pro Tag verschenken\n"
         "Der Ständerat hat am Freitag die Vorlage angenommen, die den Urlaub für Väter von zwei auf drei Wochen "
         "verlängert.\n"
         "Die Vorlage geht nun an den Nationalrat, der sie im Frühling beraten dürfte.\n",
         "Die Kommission sagt, die Änderung behebe eine alte Ungleichheit bei den Familien"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.lede.value_or("") == r.lede);
    }
}
