package org.homecare.provider.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.homecare.provider.service.ContractService;

/** Bodies of the contract endpoints. */
public final class ContractRequests {

    public record Rate(@NotBlank @Size(max = 20) String itemCode, @NotNull @Positive Long unitPriceFen,
            @NotNull LocalDate effectiveFrom) {

        ContractService.NewRate toCommand() {
            return new ContractService.NewRate(itemCode, unitPriceFen, effectiveFrom);
        }
    }

    public record NewContract(@NotNull LocalDate validFrom, @NotNull LocalDate validTo,
            @NotEmpty @Size(max = 200) List<@NotNull String> districtCodes,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Rate> rates) {

        ContractService.NewContract toCommand() {
            return new ContractService.NewContract(validFrom, validTo, districtCodes,
                    rates.stream().map(Rate::toCommand).toList());
        }
    }

    public record EndContract(@NotNull LocalDate endOn, @NotBlank @Size(max = 500) String reason) {
    }

    private ContractRequests() {
    }
}
