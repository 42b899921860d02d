// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace passcode {

/**
 * A value or an Error: the return type of every core operation that can fail (a small stand-in for C++23's
 * std::expected). Reading value() on an error, or error() on a value, is a programming error and asserts.
 */
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const &
    {
        Q_ASSERT(hasValue());
        return std::get<0>(m_data);
    }
    T &value() &
    {
        Q_ASSERT(hasValue());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        Q_ASSERT(hasValue());
        return std::get<0>(std::move(m_data));
    }
    const Error &error() const
    {
        Q_ASSERT(!hasValue());
        return std::get<1>(m_data);
    }

    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

} // namespace passcode
