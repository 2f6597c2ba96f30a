package dev.onair.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerMemoryTest {

    @Test
    void parsesJcmdAndProc() {
        String g1 = """
                12345:
                 garbage-first heap   total 2097152K, used 312456K [0x0000000080000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                 Metaspace       used 201234K, committed 203000K, reserved 1245184K
                """;
        assertEquals(312456, ServerMemory.heapUsed(g1));
        assertEquals(-1, ServerMemory.heapUsed("nothing"));
        String parallel = """
                5349:
                 PSYoungGen      total 685568K, used 354046K [0x00000000d5580000, 0x0000000100000000)
                  eden space 675328K, 50% used [0x00000000d5580000,0x00000000ea547a08,0x00000000fe900000)
                  from space 10240K, 99% used [0x00000000fe900000,0x00000000ff2f8020,0x00000000ff300000)
                 ParOldGen       total 801792K, used 767159K [0x0000000080000000, 0x00000000b0f00000)
                  object space 801792K, 95% used [0x0000000080000000,0x00000000aed2ddd0,0x00000000b0f00000)
                 Metaspace       used 151315K, committed 155392K, reserved 1245184K
                """;
        assertEquals(354046 + 767159, ServerMemory.heapUsed(parallel));
        assertEquals(1234 + 56, ServerMemory.cpuTicks(
                "4242 (java (odd) name) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 56 0 0 20 0 50 0 1000 0 0"));
        assertEquals(951232, ServerMemory.rss("Name:\tjava\nVmHWM:\t  999999 kB\nVmRSS:\t  951232 kB\n"));
    }
}
