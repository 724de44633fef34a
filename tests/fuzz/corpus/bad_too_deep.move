move "Too deep"
repeat 2
  repeat 2
    sides right left
      repeat 2
        repeat 2
          step "Five blocks deep."
            hold 1s
        end
      end
    end
  end
end
