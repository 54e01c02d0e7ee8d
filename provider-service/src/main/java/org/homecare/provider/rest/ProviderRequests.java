package org.homecare.provider.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.provider.domain.PayeeDetails;
import org.homecare.provider.service.ProviderService;

/** Bodies of the provider endpoints. */
public final class ProviderRequests {

    public record RegisterProvider(
            @NotBlank @Size(max = 18, message = "must have 18 characters") String creditCode,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String legalRepresentative,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,28}", message = "must be a phone number") String phone,
            @NotEmpty @Size(max = 200) List<String> districtCodes,
            @NotEmpty @Size(max = 20) List<String> categories,
            @Valid BankAccount bankAccount) {

        ProviderService.NewProvider toCommand() {
            return new ProviderService.NewProvider(creditCode, name, legalRepresentative, address, phone,
                    districtCodes, categories, Optional.ofNullable(bankAccount).map(BankAccount::details));
        }
    }

    /** A payee account; its checks beyond the sizes (CNAPS code, digits, name) are the domain's. */
    public record BankAccount(
            @NotBlank @Size(max = 200) String accountName,
            @NotBlank @Size(max = 200) String bankName,
            @NotBlank @Size(max = 12, message = "must be the 12-digit CNAPS bank code") String bankCode,
            @NotBlank @Size(max = 32, message = "must be 8 to 32 digits") String accountNumber,
            @Size(max = 500) String reason,
            @Schema(nullable = true, description = "today when absent; never in the past") LocalDate effectiveFrom) {

        PayeeDetails details() {
            return new PayeeDetails(accountName.trim(), bankName.trim(), bankCode.trim(), accountNumber.trim(),
                    reason == null || reason.isBlank() ? null : reason.trim());
        }
    }

    public record Reason(@NotNull @NotBlank @Size(max = 500) String reason) {
    }

    private ProviderRequests() {
    }
}
