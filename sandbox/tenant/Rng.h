// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>

namespace passcode::sandbox {

/**
 * A small deterministic pseudo-random generator (SplitMix64).
 *
 * The sandbox never uses std:: distributions (their output is implementation-defined): the same seed gives
 * the same sequence with every compiler, so a seed always produces the same tenant. forField() derives an
 * independent stream for one field of one record, so fields can be computed lazily in any order.
 */
class Rng
{
public:
    explicit constexpr Rng(quint64 seed)
        : m_state(seed)
    {}

    /** The SplitMix64 finaliser: a bijective 64-bit mix. */
    static constexpr quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    static constexpr quint64 hash(quint64 a, quint64 b) { return mix(a ^ mix(b + 0x9E3779B97F4A7C15ull)); }
    static constexpr quint64 hash(quint64 a, quint64 b, quint64 c) { return hash(hash(a, b), c); }

    /** A stream for field \a salt of record \a index of the tenant seeded with \a seed. */
    static constexpr Rng forField(quint64 seed, quint64 index, quint64 salt)
    {
        return Rng(hash(seed, index, salt));
    }

    constexpr quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix(m_state);
    }
    /** Uniform in [0, n); n > 0. */
    constexpr quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    /** Uniform in [lo, hi]. */
    constexpr int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    /** Uniform in [0, 1). */
    constexpr double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    constexpr bool chance(double p) { return unit() < p; }

    template<typename T, std::size_t N>
    constexpr const T &pick(const std::array<T, N> &items)
    {
        return items[below(quint32(N))];
    }
    template<typename T, std::size_t N>
    constexpr const T &pick(const T (&items)[N])
    {
        return items[below(quint32(N))];
    }

    /** Picks an index from integer weights (which need not sum to anything in particular). */
    template<std::size_t N>
    constexpr std::size_t weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(quint32(total)));
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    quint64 m_state;
};

} // namespace passcode::sandbox
